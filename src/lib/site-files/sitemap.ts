/** Sitemap XML (with hreflang alternates) and robots.txt, from the pages a build produced. */
import { absoluteUrl } from '../paths.ts';

export interface SitemapPage {
  /** Absolute URL of the page. */
  loc: string;
  /** The page's own hreflang alternates (itself included). */
  alternates: readonly { hreflang: string; href: string }[];
}

/** Sitemaps hold at most 50,000 URLs each; we stay well under. */
export const SITEMAP_CHUNK = 40_000;

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One urlset, pages sorted by URL so the same pages always give the same bytes. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = [...pages]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((p) => {
      const alts = p.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${xmlEscape(a.hreflang)}" href="${xmlEscape(a.href)}"/>`)
        .join('');
      return `<url><loc>${xmlEscape(p.loc)}</loc>${alts}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The index that points at each sitemap file. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  const items = sitemapUrls.map((u) => `<sitemap><loc>${xmlEscape(u)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

/** Splits pages into sitemap files of at most `size` URLs. */
export function chunk<T>(items: readonly T[], size = SITEMAP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/**
 * robots.txt: everything may be crawled; the sitemap index is named by its absolute URL, under the
 * base path the site is served at (crawlers read robots.txt only at a host's root, where a host
 * serving several portals under paths may place it).
 */
export function robotsTxt(site: string, base = '/', options: { preview?: boolean } = {}): string {
  // A preview is not to be indexed at all (src/node/preview-build.ts).
  if (options.preview) return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, base, '/sitemap-index.xml')}\n`;
}
