/**
 * Fonts cut per page, for scripts whose characters are each a glyph of their own (Hangul: ≈ 65 B a
 * syllable, 400+ syllables on a small site). One stylesheet for the whole locale makes every page
 * carry every syllable of the site; instead each page links its own small stylesheet naming three
 * files of the family: the syllables most pages show (one file, cached from page to page), the
 * page's own other syllables, and, for text a script writes (search results), the rest of the site.
 */
import { createHash } from 'node:crypto';

/**
 * A syllable used on at least this share of the locale's pages goes into the file they all share
 * (the navigation, the footer, the most frequent words). Lower, a page fetches more syllables it
 * does not show; higher, each next page fetches more of its own again.
 */
export const SHARED_SHARE = 0.75;

/**
 * The stylesheet a page links when its locale's fonts are cut per page: `/fonts/ko.css` becomes
 * `/fonts/ko/<key>.css`, the key a hash of the page's path (written by the build's subsetFonts,
 * which reads the href back from the page).
 */
export function pageFontStylesheet(localeStylesheet: string, pathname: string): string {
  const key = createHash('sha256').update(pathname).digest('hex').slice(0, 16);
  return localeStylesheet.replace(/\.css$/, `/${key}.css`);
}

/**
 * Splits a face's characters by use. `pages`: each page's characters; `codes`: everything the face
 * must cover (the pages' characters and what scripts may show). `shared`: characters on at least
 * SHARED_SHARE of the pages; `own[i]`: page i's other characters; `rest`: all but the shared ones,
 * for text no page shows as built. Each list is sorted, so two builds write the same files.
 */
export function splitByPage(
  pages: readonly ReadonlySet<number>[],
  codes: Iterable<number>,
): { shared: number[]; rest: number[]; own: number[][] } {
  const all = [...new Set(codes)].sort((a, b) => a - b);
  const count = new Map<number, number>();
  for (const page of pages) for (const c of page) count.set(c, (count.get(c) ?? 0) + 1);
  const isShared = (c: number) => (count.get(c) ?? 0) >= Math.max(1, SHARED_SHARE * pages.length);
  const shared = all.filter(isShared);
  const inFace = new Set(all);
  return {
    shared,
    rest: all.filter((c) => !isShared(c)),
    own: pages.map((page) => [...page].filter((c) => inFace.has(c) && !isShared(c)).sort((a, b) => a - b)),
  };
}
