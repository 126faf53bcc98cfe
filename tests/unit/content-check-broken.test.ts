/**
 * One editor mistake per case, applied to a small valid province: `npm run check` and the build
 * must both stop, and the message must name the file, the field and what was expected.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BROKEN_CASES } from './support/broken-cases.ts';
import { fieldName } from '../../src/lib/format-issues.ts';

const base = join(import.meta.dirname, '../fixtures/content');
const repo = join(import.meta.dirname, '../..');

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-content-'));
  cpSync(base, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(script: string, args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', script), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2024-06-01' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** The output's lines for the file and field: "✗ content/<file>[:line]: <label> (<field>): …". */
function linesNaming(output: string, file: string, field: string): string[] {
  const named = fieldName({ field });
  return output.split('\n').filter((l) => {
    const at = l.indexOf(`content/${file}`);
    if (at < 0) return false;
    const rest = l.slice(at + `content/${file}`.length).replace(/^:\d+/, '');
    return rest.startsWith(`: ${named}: `);
  });
}

describe('the sample province used by these tests', () => {
  it('passes the check', () => {
    const dir = contentWith({});
    const r = run('check.ts', [], dir);
    // Only the warning that the fixture's exchange rate (2023-08-25) is over 90 days older than BUILD_DATE.
    expect(r.output).toMatch(/exchange-rates\/usd\.yaml:7: .*281 ngày/);
    expect(r.output).toMatch(/\b0 lỗi, 1 cảnh báo/);
    expect(r.status).toBe(0);
    rmSync(dir, { recursive: true });
  });
});

describe.each(BROKEN_CASES)('$name', ({ files, expected }) => {
  let dir: string;
  beforeAll(() => {
    dir = contentWith(files);
    return () => rmSync(dir, { recursive: true });
  });

  it('stops `npm run check` with a Vietnamese message naming file, field and what to write instead', () => {
    const r = run('check.ts', [], dir);
    expect(r.status).toBe(1);
    const lines = linesNaming(r.output, expected.file, expected.field);
    expect(lines, r.output).not.toHaveLength(0);
    expect(lines.some((l) => expected.message.test(l)), lines.join('\n')).toBe(true);
    expect(lines.join('\n'), 'the message says what to write instead').toMatch(/ — .*(hãy|có phải)/);
  });

  it('stops the build with the same message', () => {
    const r = run('build.ts', ['--province', 'fixture', '--out', join(dir, '..', `${dir.split('/').pop()}-dist`)], dir);
    expect(r.status).toBe(1);
    const lines = linesNaming(r.output, expected.file, expected.field);
    expect(lines.some((l) => expected.message.test(l)), r.output).toBe(true);
  });
});
