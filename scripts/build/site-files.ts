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
import { z } from 'astro/zod';
import { codeVersion, pageMemo } from './page-memo.ts';

/** What the sitemap needs of a page: whether it is noindex, and its hreflang alternates. */
const pageHead = z.object({
  noindex: z.boolean(),
  alternates: z.array(z.object({ hreflang: z.string(), href: z.string() })),
});

/**
 * `base`: the path the site is served under ("/" at the root of its host). `cacheDir`: where what
 * was read of each page is kept between builds, under the digest of its bytes (none: every page's
 * head is parsed). `read`: how a page's head is read (tests count the calls).
 */
export function writeSiteFiles(
  siteDir: string,
  site: string,
  base = '/',
  cacheDir?: string,
  read: (html: string) => z.infer<typeof pageHead> = (html) => ({
    noindex: isNoindex(html),
    alternates: alternates(html),
  }),
): { pages: number; indexable: number } {
  const memo = pageMemo(
    cacheDir,
    'page-heads',
    codeVersion('src/lib/site-files/html-scan.ts', 'node_modules/parse5/package.json'),
    pageHead,
  );
  const files = listFiles(siteDir);
  const pages: SitemapPage[] = [];
  let count = 0;
  for (const file of files) {
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    count++;
    if (/(^|\/)404\.html$/.test(file)) continue;
    const head = memo.of(readFileSync(join(siteDir, file)), read);
    if (head.noindex) continue;
    pages.push({ loc: absoluteUrl(site, base, urlPathOf(file)), alternates: head.alternates });
  }
  memo.save();
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
