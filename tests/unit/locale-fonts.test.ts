import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLocaleFonts } from '../../src/node/fonts.ts';
import { parseUnicodeRange } from '../../src/lib/unicode-range.ts';

const dir = mkdtempSync(join(tmpdir(), 'locale-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Noto Sans KR faces of a stylesheet, in order: weight, file and ranges. */
function krFaces(css: string) {
  return css
    .split('@font-face')
    .slice(1)
    .filter((b) => b.includes("'Noto Sans KR'"))
    .map((b) => ({
      weight: /font-weight: (\d+)/.exec(b)![1],
      file: /url\(\/fonts\/noto-sans-kr\/([^)]+)\)/.exec(b)![1]!,
      ranges: parseUnicodeRange(/unicode-range: ([^;]+);/.exec(b)![1]!),
    }));
}
const covers = (ranges: [number, number][], ch: string) =>
  ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);

describe('writeLocaleFonts for Korean', () => {
  writeLocaleFonts(dir, 'ko', ['noto-sans', 'noto-sans-kr']);
  const css = readFileSync(join(dir, 'fonts', 'ko.css'), 'utf8');
  const faces = krFaces(css);

  it('serves Korean in one weight: bold Korean is drawn from the regular glyphs, not a second file of every syllable', () => {
    expect(new Set(faces.map((f) => f.weight))).toEqual(new Set(['400']));
  });

  it('puts one whole-script file first, so common syllables come from one file, not 20–30 slices', () => {
    for (const weight of ['400']) {
      const first = faces.find((f) => f.weight === weight)!;
      expect(first.file).toBe(`noto-sans-kr-korean-${weight}.woff2`);
      for (const ch of '한국어푸토성대외정보') expect(covers(first.ranges, ch), `${ch} in ${first.file}`).toBe(true);
      expect(existsSync(join(dir, 'fonts', 'noto-sans-kr', first.file))).toBe(true);
    }
  });

  it("keeps Fontsource's slices after it for syllables the whole-script file lacks", () => {
    const rare = '똠'; // U+B620: not among KS X 1001's 2,350 syllables
    const first = faces.find((f) => f.weight === '400')!;
    expect(covers(first.ranges, rare)).toBe(false);
    expect(faces.some((f) => f.weight === '400' && f.file !== first.file && covers(f.ranges, rare))).toBe(true);
  });

  it('adds no whole-script file to a locale that only names a few Korean characters', () => {
    writeLocaleFonts(dir, 'vi', ['noto-sans'], [{ packages: ['noto-sans-kr'], text: '한국어' }]);
    const vi = krFaces(readFileSync(join(dir, 'fonts', 'vi.css'), 'utf8'));
    expect(vi.length).toBeGreaterThan(0);
    expect(vi.some((f) => f.file.includes('korean'))).toBe(false);
  });
});
