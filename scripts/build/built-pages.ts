/**
 * The built site's HTML pages, listed once and each read and digested once for every after-build
 * step that reads them (the fonts' characters, the sitemap's heads): on a rebuild each step only
 * looks its page up in its memo by that digest (scripts/build/page-memo.ts), and listing, reading
 * and hashing every page once per step was most of their time (docs/benchmarks.md, seventh round).
 */
import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltPage {
  /** Its path under the site, with forward slashes (`en/plans/x/index.html`). */
  file: string;
  /** A digest of its bytes: the key of every page memo. */
  digest: string;
  /** Its text, decoded once on first use (a page every memo knows is never decoded). */
  html(): string;
}

/** Hands a page to a step; every visitor sees every page, in file order. */
export type PageVisitor = (page: BuiltPage) => void;

/**
 * SHA-1 of the bytes: no faster digest in node:crypto on this machine's CPU (SHA extensions;
 * docs/benchmarks.md), and a collision only matters between two pages of one site.
 */
export const digestOf = (bytes: Buffer): string => hash('sha1', bytes, 'hex');

/**
 * Every `.html` file under `siteDir`, sorted by path, except in the search index's folders
 * (`pagefind/`, `pagefind-<n>/`: the search step writes them meanwhile, in another process, and
 * they hold no page).
 */
export function htmlFilesOf(siteDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) {
        if (prefix !== '' || !entry.name.startsWith('pagefind')) walk(join(dir, entry.name), `${path}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk(siteDir, '');
  return found.sort();
}

/** Reads each page of the site once and hands it to every visitor. */
export function visitPages(siteDir: string, ...visitors: PageVisitor[]): void {
  for (const file of htmlFilesOf(siteDir)) {
    const bytes = readFileSync(join(siteDir, file));
    let text: string | undefined;
    const page: BuiltPage = { file, digest: digestOf(bytes), html: () => (text ??= bytes.toString('utf8')) };
    for (const visit of visitors) visit(page);
  }
}
