/**
 * The sitemap step reads every built page's head (noindex, hreflang alternates). On a rebuild
 * almost every page is Astro's unchanged copy: with a cache folder, a page whose bytes were read
 * before is not parsed again, and the sitemap is the one reading every page gives.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { countedReader, pageWriter } from '../helpers/counted-pages.ts';
import { alternates, isNoindex } from '../../src/lib/site-files/html-scan.ts';
import { readPageHeads, writeSiteFiles } from '../../scripts/build/site-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'site-files-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = join(dir, 'site');
const cache = join(dir, 'cache');
const SITE = 'https://x.example';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`;
const write = pageWriter(site);
const counted = () => countedReader((html) => ({ noindex: isNoindex(html), alternates: alternates(html) }));
const sitemap = () => readFileSync(join(site, 'sitemap-0.xml'), 'utf8');

it('parses a page head again only when the page changed, with the sitemap of a full reading', () => {
  write('vi/a/index.html', page(`<link rel="alternate" hreflang="en" href="${SITE}/en/a/">`));
  write('en/a/index.html', page(`<link rel="alternate" hreflang="vi" href="${SITE}/vi/a/">`));
  write('vi/search/index.html', page('<meta name="robots" content="noindex">'));
  write('404.html', page('<meta name="robots" content="noindex">'));

  writeSiteFiles(site, SITE);
  const full = sitemap();
  expect(full).toContain(`${SITE}/vi/a/`);
  expect(full).not.toContain('/vi/search/');

  const first = counted();
  expect(writeSiteFiles(site, SITE, '/', readPageHeads(site, cache, first.fn))).toEqual({ pages: 4, indexable: 2 });
  expect(first.read.pages).toBe(3); // the 404 page is never read
  expect(sitemap()).toBe(full);

  const again = counted();
  writeSiteFiles(site, SITE, '/', readPageHeads(site, cache, again.fn));
  expect(again.read.pages).toBe(0);
  expect(sitemap()).toBe(full);

  // The search page loses its noindex: it is read again and enters the sitemap.
  write('vi/search/index.html', page(''));
  const edited = counted();
  writeSiteFiles(site, SITE, '/', readPageHeads(site, cache, edited.fn));
  expect(edited.read.pages).toBe(1);
  expect(sitemap()).toContain(`${SITE}/vi/search/`);
});
