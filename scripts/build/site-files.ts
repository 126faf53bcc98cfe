/**
 * Files a static host needs beside the pages, derived from the built pages themselves: the
 * sitemap (exactly the indexable pages, with their hreflang alternates), robots.txt, and a
 * `_headers` file with the Content-Security-Policy (a constant: src/lib/site-files/csp.ts).
 */
import { isPreviewBuild } from '../../src/node/preview-build.ts';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alternates, isNoindex } from '../../src/lib/site-files/html-scan.ts';
import { chunk, robotsTxt, sitemapIndexXml, sitemapXml, type SitemapPage } from '../../src/lib/site-files/sitemap.ts';
import { headersFile } from '../../src/lib/site-files/csp.ts';
import { listFiles, urlPathOf } from '../../src/node/site-walk.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';

/** `base`: the path the site is served under ("/" at the root of its host). */
export function writeSiteFiles(siteDir: string, site: string, base = '/'): { pages: number; indexable: number } {
  const files = listFiles(siteDir);
  const pages: SitemapPage[] = [];
  let count = 0;
  for (const file of files) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    count++;
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (isNoindex(html) || /(^|\/)404\.html$/.test(file)) continue;
    pages.push({ loc: absoluteUrl(site, base, urlPathOf(file)), alternates: alternates(html) });
  }
  for (const f of files) if (/^sitemap-[\w-]+\.xml$/.test(f)) rmSync(join(siteDir, f));
  const parts = chunk(pages);
  parts.forEach((part, i) => writeFileSync(join(siteDir, `sitemap-${i}.xml`), sitemapXml(part)));
  writeFileSync(
    join(siteDir, 'sitemap-index.xml'),
    sitemapIndexXml(parts.map((_, i) => absoluteUrl(site, base, `/sitemap-${i}.xml`))),
  );
  writeFileSync(join(siteDir, 'robots.txt'), robotsTxt(site, base, { preview: isPreviewBuild() }));
  writeFileSync(join(siteDir, '_headers'), headersFile(base));
  return { pages: count, indexable: pages.length };
}
