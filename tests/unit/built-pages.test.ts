/**
 * The after-build steps that read every built page (fonts, sitemap) share one listing and one read
 * of each page (scripts/build/built-pages.ts): every step sees every page, in path order, with one
 * digest of its bytes, and the pages are what each step would have read on its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pageWriter } from '../helpers/counted-pages.ts';
import { digestOf, eachFileBytes, htmlFilesOf, visitPages, type BuiltPage } from '../../scripts/build/built-pages.ts';
import { readPagesOnce } from '../../scripts/build/read-pages-once.ts';
import { charsByStylesheet } from '../../scripts/build/page-glyphs.ts';
import { readPageHeads } from '../../scripts/build/site-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = join(dir, 'site');
const write = pageWriter(site);
const page = (text: string) =>
  `<!doctype html><html><head><link rel="stylesheet" href="/fonts/vi.css">` +
  `<link rel="alternate" hreflang="en" href="https://x.example/en/"></head><body><p>${text}</p></body></html>`;

write('vi/index.html', page('Đền Hùng'));
write('en/index.html', page('Hung Temple'));
write('vi/a-b/index.html', page('Liên hệ'));
write('vi/a/index.html', page('Giới thiệu'));
write('404.html', page('Không thấy'));
write('pagefind/fragment/x.html', page('Ω')); // the search step's folder: never a page
write('pagefind-2/x.html', page('Ω'));
write('fonts/vi.css', '@font-face{}');

it('lists every page once, in path order, outside the search folder', () => {
  expect(htmlFilesOf(site)).toEqual([
    '404.html',
    'en/index.html',
    'vi/a-b/index.html',
    'vi/a/index.html',
    'vi/index.html',
  ]);
});

it('hands every visitor the same page with one digest of its bytes, decoded once', () => {
  const seen: BuiltPage[][] = [[], []];
  const texts: string[] = [];
  visitPages(
    site,
    (p) => {
      seen[0]?.push(p);
      texts.push(p.html());
    },
    (p) => {
      seen[1]?.push(p);
      expect(p.html()).toBe(texts.at(-1)); // the same string, not decoded again
    },
  );
  expect(seen[0]).toHaveLength(5);
  expect(seen[1]).toEqual(seen[0]);
  for (const [i, p] of (seen[0] ?? []).entries()) {
    const bytes = readFileSync(join(site, p.file));
    expect(p.digest).toBe(createHash('sha1').update(bytes).digest('hex'));
    expect(texts[i]).toBe(bytes.toString('utf8'));
    expect(p.html()).toBe(texts[i]); // decoded during the visit: still there after it
  }
  expect(digestOf(Buffer.from('x'))).toBe(createHash('sha1').update('x').digest('hex'));
});

it("refuses a page's text after its visit if no visitor decoded it: its bytes are the next page's by then", () => {
  const pages: BuiltPage[] = [];
  visitPages(site, (p) => pages.push(p));
  expect(() => pages[0]?.html()).toThrow(`${pages[0]?.file}: a page's text is read only while it is visited`);
});

it('reads each file whole into one reused buffer, the empty and the larger than it alike', () => {
  const files = join(dir, 'bytes');
  const large = Buffer.alloc(2.5 * 2 ** 20 + 7, 'Đền Hùng ');
  const contents: Record<string, Buffer> = {
    'a.html': Buffer.from('<p>Hát Xoan</p>'),
    'b.html': Buffer.alloc(0),
    'c.html': large,
    'd.html': Buffer.from('<p>Lệ Thanh</p>'),
  };
  mkdirSync(files);
  for (const [name, bytes] of Object.entries(contents)) writeFileSync(join(files, name), bytes);
  const read: [string, string][] = [];
  eachFileBytes(
    Object.keys(contents),
    (name) => join(files, name),
    (name, bytes) => read.push([name, digestOf(bytes)]),
  );
  expect(read).toEqual(Object.entries(contents).map(([name, bytes]) => [name, digestOf(bytes)]));
});

it('gives the fonts and the sitemap what each reads alone, with memos written for both', () => {
  const cache = join(dir, 'cache');
  const once = readPagesOnce(site, '/', cache);
  const sorted = (m: Map<string, Set<number>>) => [...m].map(([k, v]) => [k, [...v].sort((a, b) => a - b)]);
  expect(sorted(once.linked)).toEqual(sorted(charsByStylesheet(site, '/fonts/')));
  expect(once.heads).toEqual(readPageHeads(site));
  expect(once.heads.count).toBe(5);
  expect(once.heads.pages.map((p) => p.file)).not.toContain('404.html');
  expect(once.linked.get('/fonts/vi.css')).not.toContain('Ω'.codePointAt(0));
  // The memos it wrote are the ones each step reads on its own: nothing is parsed again.
  let parsed = 0;
  charsByStylesheet(site, '/fonts/', join(cache, 'fonts'), (html) => {
    parsed++;
    return { stylesheets: [], chars: new Set([html.length]) };
  });
  readPageHeads(site, join(cache, 'site-files'), () => {
    parsed++;
    return { noindex: false, alternates: [] };
  });
  expect(parsed).toBe(0);
});
