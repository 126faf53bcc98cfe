/**
 * Files a static host needs beside the pages, derived from the built pages themselves: the
 * sitemap (exactly the indexable pages, with their hreflang alternates), robots.txt, and a
 * `_headers` file with the Content-Security-Policy (a constant: src/lib/site-files/csp.ts).
 */
import { isPreviewBuild } from '../../src/node/preview-build.ts';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapHead } from '../../src/lib/site-files/html-scan.ts';
import { chunk, robotsTxt, sitemapIndexXml, sitemapXml, type SitemapPage } from '../../src/lib/site-files/sitemap.ts';
import { headersFile } from '../../src/lib/site-files/csp.ts';
import { urlPathOf } from '../../src/node/site-walk.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';
import { arrayOf, isBoolean, isString, objectOf } from '../../src/lib/json-shape.ts';
import { codeVersion, pageMemo } from './page-memo.ts';
import { visitPages, type PageVisitor } from './built-pages.ts';

/** What the sitemap needs of a page: whether it is noindex, and its hreflang alternates. */
interface PageHead {
  noindex: boolean;
  alternates: { hreflang: string; href: string }[];
}
const pageHead = objectOf<PageHead>({
  noindex: isBoolean,
  alternates: arrayOf(objectOf({ hreflang: isString, href: isString })),
});

/** What the sitemap is made of: the count of HTML pages, and the heads of those that may be listed. */
export interface PageHeads {
  count: number;
  pages: { file: string; head: PageHead }[];
}

export interface HeadsOfSite {
  /** Takes each page's head (from the memo, or read); hand it to visitPages. */
  visit: PageVisitor;
  /** The heads of the pages visited; writes the memo. */
  done(): PageHeads;
}

/**
 * `cacheDir`: where what was read of each page is kept between builds, under the digest of its
 * bytes (none: every page's head is parsed). `read`: how a page's head is read (tests count the calls).
 */
export function headsOfSite(cacheDir?: string, read: (html: string) => PageHead = sitemapHead): HeadsOfSite {
  const memo = pageMemo(
    cacheDir,
    'page-heads',
    codeVersion('src/lib/site-files/html-scan.ts', 'node_modules/parse5/package.json'),
    pageHead,
  );
  const heads: PageHeads = { count: 0, pages: [] };
  return {
    visit(page) {
      heads.count++;
      if (/(^|\/)404\.html$/.test(page.file)) return;
      heads.pages.push({ file: page.file, head: memo.of(page, read) });
    },
    done() {
      memo.save();
      return heads;
    },
  };
}

/** The heads of the site's pages alone (headsOfSite). */
export function readPageHeads(siteDir: string, cacheDir?: string, read?: (html: string) => PageHead): PageHeads {
  const heads = headsOfSite(cacheDir, read);
  visitPages(siteDir, heads.visit);
  return heads.done();
}

/**
 * `base`: the path the site is served under ("/" at the root of its host). `heads`: what was read
 * of its pages (readPageHeads, or headsOfSite beside the other steps that read every page).
 */
export function writeSiteFiles(
  siteDir: string,
  site: string,
  base = '/',
  heads: PageHeads = readPageHeads(siteDir),
): { pages: number; indexable: number } {
  const pages: SitemapPage[] = heads.pages.flatMap(({ file, head }) =>
    head.noindex ? [] : [{ loc: absoluteUrl(site, base, urlPathOf(file)), alternates: head.alternates }],
  );
  for (const e of readdirSync(siteDir, { withFileTypes: true }))
    if (!e.isDirectory() && /^sitemap-[\w-]+\.xml$/.test(e.name)) rmSync(join(siteDir, e.name));
  const parts = chunk(pages);
  parts.forEach((part, i) => writeFileSync(join(siteDir, `sitemap-${i}.xml`), sitemapXml(part)));
  writeFileSync(
    join(siteDir, 'sitemap-index.xml'),
    sitemapIndexXml(parts.map((_, i) => absoluteUrl(site, base, `/sitemap-${i}.xml`))),
  );
  writeFileSync(join(siteDir, 'robots.txt'), robotsTxt(site, base, { preview: isPreviewBuild() }));
  writeFileSync(join(siteDir, '_headers'), headersFile(base));
  return { pages: heads.count, indexable: pages.length };
}
