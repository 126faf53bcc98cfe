/**
 * docs/check-messages.vi.md lists the messages an editor sees for ten common mistakes (issue 15's
 * closing note). It is the check's own output (scripts/check-examples.ts): when a message changes,
 * this fails until `npm run check:examples` writes the document again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, MISTAKES, checkExamples } from '../../scripts/check-examples.ts';

describe('docs/check-messages.vi.md', () => {
  const generated = checkExamples();

  it('is what the check prints today for the ten mistakes (run `npm run check:examples` after changing a message)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });

  it('shows at least one message, in Vietnamese, for each of the ten mistakes', () => {
    expect(MISTAKES).toHaveLength(10);
    const output = generated.slice(generated.indexOf('```text'));
    for (const m of MISTAKES) {
      const lines = output.split('\n').filter((l) => l.includes(`content/${m.path}`));
      expect(lines.length, m.what).toBeGreaterThan(0);
      expect(
        lines.every((l) => l.startsWith('✗ ')),
        `${m.what}: reported as an error`,
      ).toBe(true);
    }
    expect(output).toContain('hãy viết năm-tháng-ngày: 2024-03-05');
    expect(output).toContain('hãy viết 14.04');
    expect(output).toContain('hãy viết liền các chữ số: 1250000000000');
    expect(output).toContain('có phải ý bạn là "nguoi-phat-ngon"?');
    expect(output).toContain('hãy viết \\<60');
  });
});
