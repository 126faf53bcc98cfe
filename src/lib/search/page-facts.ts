/**
 * What the search step needs of a built page to fingerprint its shard: whether Pagefind indexes it,
 * its language and a digest of what Pagefind reads of it (searchSource). On a rebuild almost every
 * page is one Astro copied unchanged from its incremental cache, so these facts are kept between
 * builds under a digest of the page's bytes, and such a page is not read again (scanning and
 * cutting every page cost more than the digest of its bytes).
 */
import { hash } from 'node:crypto';
import { isString, memoPages, nullable, objectOf } from '../json-shape.ts';
import { isIndexable, searchSource } from './index-page.ts';

export interface SearchFacts {
  /** From the page's <html lang>: its shard's language index. */
  lang: string;
  /** SHA-1 of what Pagefind reads of it: a dated sentence marked data-pagefind-ignore="all" changes nothing. */
  hash: string;
}

const searchFacts = nullable(objectOf<SearchFacts>({ lang: isString, hash: isString }));

/** A page's search facts, or null for a page Pagefind does not index (a listing, a fallback). */
export function searchFactsOf(html: string): SearchFacts | null {
  if (!isIndexable(html)) return null;
  return {
    lang: /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? '',
    hash: hash('sha1', searchSource(html), 'hex'),
  };
}

export interface SearchFactsMemo {
  /** The facts of the page with these bytes' `digest`; `read` gives its text when no page of these bytes was read before. */
  of(digest: string, read: () => string): SearchFacts | null;
  /** How many pages were read (their digest was not in the memo). */
  readonly read: number;
  /** The memo of this build's pages only, for the next build. */
  serialize(): string;
}

/**
 * `saved`: the last build's `serialize()` (none, damaged, or of another `version` of the reading
 * code: every page is read). Returns the facts of pages of the same bytes without reading them.
 */
export function searchFactsMemo(saved: string | undefined, version: string): SearchFactsMemo {
  let cached: Record<string, SearchFacts | null> = {};
  if (saved !== undefined)
    try {
      cached = memoPages(JSON.parse(saved), version, searchFacts) ?? {};
    } catch {
      // a memo cut short (a build stopped while writing it): every page is read again
    }
  const seen: Record<string, SearchFacts | null> = {};
  let read = 0;
  return {
    of(digest, text) {
      const known = Object.hasOwn(seen, digest)
        ? seen[digest]
        : Object.hasOwn(cached, digest)
          ? cached[digest]
          : undefined;
      if (known !== undefined) return (seen[digest] = known);
      read++;
      return (seen[digest] = searchFactsOf(text()));
    },
    get read() {
      return read;
    },
    serialize: () => JSON.stringify({ version, pages: seen }),
  };
}
