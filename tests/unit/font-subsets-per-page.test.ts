/**
 * Issue 18, point 7: Korean pages each link their own font stylesheet (subsetFonts): the file of
 * syllables most pages share (the same URL on every page), the page's own syllables, and the rest
 * of the site's, defined first so the page's faces win and the rest is fetched only for text a
 * script writes. One weight only. pruneFonts keeps what those stylesheets name.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { create } from 'fontkitten';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLocaleFonts } from '../../src/node/fonts.ts';
import { pageFontStylesheet } from '../../src/lib/fonts/split-by-page.ts';
import { parseUnicodeRange } from '../../src/lib/unicode-range.ts';
import { subsetFonts } from '../../scripts/build/subset-fonts.ts';
import { pruneFonts } from '../../scripts/build/prune-fonts.ts';

const dir = mkdtempSync(join(tmpdir(), 'font-subsets-'));
const site = join(dir, 'site');
const again = join(dir, 'again');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three Korean pages: the same navigation, each its own words. */
const PAGES: Record<string, string> = {
  '/ko/': '메뉴 푸토 소개 홈',
  '/ko/places/': '메뉴 푸토 소개 장소 노래',
  '/ko/about/': '메뉴 푸토 소개 연락처',
};
const page = (path: string, text: string) =>
  `<!doctype html><html lang="ko"><head><link rel="stylesheet" href="${pageFontStylesheet('/fonts/ko.css', path)}"></head><body><main><h1>${text}</h1></main></body></html>`;

interface Rule {
  file: string;
  weight: string;
  ranges: [number, number][];
}
const rulesOf = (css: string): Rule[] =>
  css
    .trim()
    .split('\n')
    .map((r) => ({
      file: /url\(\/fonts\/([^)]+)\)/.exec(r)![1]!,
      weight: /font-weight:(\d+)/.exec(r)![1]!,
      ranges: parseUnicodeRange(/unicode-range:([^}]+)}/.exec(r)![1]!),
    }));
const covers = (rule: Rule, ch: string) =>
  rule.ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);
const sheetOf = (path: string) => readFileSync(join(site, pageFontStylesheet('/fonts/ko.css', path).slice(1)), 'utf8');
const korean = (rules: Rule[]) => rules.filter((r) => r.file.startsWith('noto-sans-kr/'));

/** What the build does after Astro: the public fonts and the pages, subset, then pruned. */
async function build(out: string): Promise<void> {
  cpSync(join(dir, 'public', 'fonts'), join(out, 'fonts'), { recursive: true });
  for (const [path, text] of Object.entries(PAGES)) {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, 'index.html'), page(path, text));
  }
  await subsetFonts(out);
  pruneFonts(out, ['ko']);
}
const filesOf = (root: string) =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length))
    .sort();

beforeAll(async () => {
  writeLocaleFonts(join(dir, 'public'), 'ko', ['noto-sans', 'noto-sans-kr']);
  await build(site);
}, 60_000);

describe('per-page Korean font stylesheets', () => {
  it('writes one stylesheet per page, each naming the same shared file for the syllables most pages show', () => {
    const shared = Object.keys(PAGES).map(
      (path) => korean(rulesOf(sheetOf(path))).find((r) => covers(r, '메') && !covers(r, '가'))!.file,
    );
    expect(new Set(shared).size).toBe(1);
    expect(existsSync(join(site, 'fonts', shared[0]!))).toBe(true);
  });

  it("writes the shared and rest files as one span each, so a page stylesheet does not list the site's syllables", () => {
    // The whole-script file's three faces, in order (Fontsource's rare-character slices aside).
    const [rest, shared] = korean(rulesOf(sheetOf('/ko/about/'))).filter((r) => r.file.includes('-korean-'));
    expect(rest!.ranges.length).toBe(1);
    expect(shared!.ranges.length).toBe(1);
    for (const ch of '메뉴푸토소개') expect(covers(shared!, ch), ch).toBe(true);
  });

  it("gives a page its own syllables and not another page's", () => {
    const rules = korean(rulesOf(sheetOf('/ko/about/')));
    const own = rules.at(-1)!;
    for (const ch of '연락처') expect(covers(own, ch), ch).toBe(true);
    const font = create(readFileSync(join(site, 'fonts', own.file)));
    if (!('characterSet' in font)) throw new Error(`${own.file}: a font collection`);
    const inFile = new Set(font.characterSet);
    for (const ch of '연락처') expect(inFile.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '장소노래홈메') expect(inFile.has(ch.codePointAt(0)!), ch).toBe(false);
  });

  it("writes the page's own file as one span too: the stylesheet's size does not grow with the page's syllables", () => {
    for (const path of Object.keys(PAGES))
      for (const rule of korean(rulesOf(sheetOf(path)))) expect(rule.ranges.length, `${path} ${rule.file}`).toBe(1);
  });

  it('starts with the rest of the site, so a page fetches it only for text not on it when built', () => {
    const [rest, ...others] = korean(rulesOf(sheetOf('/ko/')));
    for (const ch of '장소노래연락처') expect(covers(rest!, ch), ch).toBe(true);
    expect(others.map((r) => r.file)).not.toContain(rest!.file);
  });

  it('has one weight of Korean only', () => {
    for (const path of Object.keys(PAGES))
      expect(new Set(korean(rulesOf(sheetOf(path))).map((r) => r.weight))).toEqual(new Set(['400']));
    expect(readdirSync(join(site, 'fonts', 'noto-sans-kr')).filter((f) => f.includes('-700-'))).toEqual([]);
  });

  it('keeps every file the page stylesheets name after pruning, and writes the same files twice', async () => {
    for (const path of Object.keys(PAGES))
      for (const { file } of rulesOf(sheetOf(path))) expect(existsSync(join(site, 'fonts', file)), file).toBe(true);
    await build(again);
    expect(filesOf(again)).toEqual(filesOf(site));
    for (const file of filesOf(site))
      expect(readFileSync(join(again, file)).equals(readFileSync(join(site, file))), file).toBe(true);
  }, 60_000);
});
