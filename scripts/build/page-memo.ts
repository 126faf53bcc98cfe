/**
 * What an after-build step read from a built page, kept between builds under the digest of the
 * page's bytes (scripts/build/built-pages.ts): on a rebuild almost every page is one Astro copied unchanged from its incremental
 * cache, and reading all of them again (parse5) cost more than the rest of the step. Each memo is
 * one JSON file in a cache folder; it is dropped when `version` (the reading code) changes, and
 * holds only the pages of the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoPages, type Shape } from '../../src/lib/json-shape.ts';
import type { BuiltPage } from './built-pages.ts';

export interface PageMemo<T> {
  /** What `read` gives for this page, read again only if no page of these bytes was read before. */
  of(page: Pick<BuiltPage, 'digest' | 'html'>, read: (html: string) => T): T;
  /** Writes the memo of this build's pages (nothing without a cache folder). */
  save(): void;
}

/** A digest of the files (paths from the repository root) whose code reads the pages. */
export function codeVersion(...paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url))));
  return hash.digest('hex');
}

export function pageMemo<T>(cacheDir: string | undefined, name: string, version: string, value: Shape<T>): PageMemo<T> {
  const file = cacheDir && join(cacheDir, `${name}.json`);
  let cached: Record<string, T> = {};
  if (file && existsSync(file))
    try {
      cached = memoPages(JSON.parse(readFileSync(file, 'utf8')), version, value) ?? {};
    } catch {
      // a memo cut short (a build stopped while writing it): the pages are read again
    }
  const seen: Record<string, T> = {};
  let readAny = false;
  return {
    of({ digest, html }, read) {
      const known = seen[digest] ?? cached[digest];
      if (known === undefined) readAny = true;
      const result = known === undefined ? read(html()) : known;
      seen[digest] = result;
      return result;
    },
    save() {
      if (!cacheDir || !file) return;
      // Every page known and as many as before: the file holds exactly these pages already.
      if (!readAny && Object.keys(seen).length === Object.keys(cached).length) return;
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify({ version, pages: seen }));
    },
  };
}
