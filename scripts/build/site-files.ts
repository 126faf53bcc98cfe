/**
 * Files a static host needs beside the pages, derived from the built pages themselves: the
 * sitemap (exactly the indexable pages, with their hreflang alternates), robots.txt, and a
 * `_headers` file with the Content-Security-Policy (a constant: src/lib/site-files/csp.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternates, isNoindex } from '../../src/lib/site-files/html-scan.ts';
import { chunk, robotsTxt, sitemapIndexXml, sitemapXml, type SitemapPage } from '../../src/lib/site-files/sitemap.ts';
import { headersFile } from '../../src/lib/site-files/csp.ts';
import { listFiles, urlPathOf } from '../../src/node/site-walk.ts';

export function writeSiteFiles(siteDir: string, site: string): { pages: number; indexable: number } {
  const files = listFiles(siteDir);
  const pages: SitemapPage[] = [];
  let count = 0;
  for (const file of files) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    count++;
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (isNoindex(html) || /(^|\/)404\.html$/.test(file)) continue;
    pages.push({ loc: new URL(urlPathOf(file), site).href, alternates: alternates(html) });
  }
  for (const f of files) if (/^sitemap-[\w-]+\.xml$/.test(f)) rmSync(join(siteDir, f));
  const parts = chunk(pages);
  parts.forEach((part, i) => writeFileSync(join(siteDir, `sitemap-${i}.xml`), sitemapXml(part)));
  writeFileSync(join(siteDir, 'sitemap-index.xml'), sitemapIndexXml(parts.map((_, i) => new URL(`/sitemap-${i}.xml`, site).href)));
  writeFileSync(join(siteDir, 'robots.txt'), robotsTxt(site));
  writeFileSync(join(siteDir, '_headers'), headersFile());
  return { pages: count, indexable: pages.length };
}
