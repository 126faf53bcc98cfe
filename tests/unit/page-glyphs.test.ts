/**
 * The font subsetting step reads every built page's characters (scripts/build/page-glyphs.ts).
 * On a rebuild almost every page is Astro's unchanged copy: with a cache folder, a page whose
 * bytes were read before is not parsed again, and the result is what parsing every page gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { countedReader, pageWriter } from '../helpers/counted-pages.ts';
import { glyphsOfPage } from '../../src/lib/fonts/glyphs.ts';
import { charsByStylesheet } from '../../scripts/build/page-glyphs.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-glyphs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = join(dir, 'site');
const cache = join(dir, 'cache');

const page = (sheet: string, text: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="${sheet}"></head><body><h1>${text}</h1></body></html>`;
const write = pageWriter(site);
/** Reads pages as the step does, counting how many it parses. */
const counted = () => countedReader(glyphsOfPage);
const asObject = (m: Map<string, Set<number>>) =>
  Object.fromEntries([...m].map(([href, set]) => [href, [...set].sort((a, b) => a - b)]));

it('parses a page again only when its bytes changed, with the same result as parsing every page', () => {
  write('vi/index.html', page('/fonts/vi.css', 'Đền Hùng'));
  write('en/index.html', page('/fonts/en.css', 'Hung Temple'));
  write('vi/about/index.html', page('/fonts/vi.css', 'Giới thiệu'));
  write('admin/index.html', page('/fonts/vi.css', 'Ω')); // the CMS: never read

  const first = counted();
  const cold = charsByStylesheet(site, '/fonts/', cache, first.fn);
  expect(first.read.pages).toBe(3);
  expect(asObject(cold)).toEqual(asObject(charsByStylesheet(site, '/fonts/')));
  expect(cold.get('/fonts/vi.css')).toContain('Đ'.codePointAt(0));
  expect(cold.get('/fonts/vi.css')).not.toContain('Ω'.codePointAt(0));

  const again = counted();
  expect(asObject(charsByStylesheet(site, '/fonts/', cache, again.fn))).toEqual(asObject(cold));
  expect(again.read.pages).toBe(0);

  write('vi/about/index.html', page('/fonts/vi.css', 'Liên hệ'));
  const edited = counted();
  const after = charsByStylesheet(site, '/fonts/', cache, edited.fn);
  expect(edited.read.pages).toBe(1);
  expect(asObject(after)).toEqual(asObject(charsByStylesheet(site, '/fonts/')));
  expect(after.get('/fonts/vi.css')).toContain('ê'.codePointAt(0));
});

it('reads every page again when the cache file is cut short', () => {
  writeFileSync(join(cache, 'page-glyphs.json'), '{"version":');
  const broken = counted();
  charsByStylesheet(site, '/fonts/', cache, broken.fn);
  expect(broken.read.pages).toBe(3);
});
