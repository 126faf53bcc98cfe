/**
 * The built site's HTML pages, listed once and each read and digested once for every after-build
 * step that reads them (the fonts' characters, the sitemap's heads): on a rebuild each step only
 * looks its page up in its memo by that digest (scripts/build/page-memo.ts), and listing, reading
 * and hashing every page once per step was most of their time (docs/benchmarks.md, seventh round).
 */
import { hash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
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

/**
 * Reads each item's file into one buffer reused from file to file and hands `use` its bytes,
 * which the next file's overwrite: at 10,000 entries a buffer per page (631 MB in all) made reading
 * and hashing the pages take twice as long (1.8–1.9 s against 0.9–1.1 s here).
 */
export function eachFileBytes<T>(
  items: readonly T[],
  pathOf: (item: T) => string,
  use: (item: T, bytes: Buffer) => void,
): void {
  let buffer = Buffer.allocUnsafe(1 << 20);
  for (const item of items) {
    const fd = openSync(pathOf(item), 'r');
    let length = 0;
    try {
      for (;;) {
        if (length === buffer.length) {
          const larger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(larger);
          buffer = larger;
        }
        const read = readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
    } finally {
      closeSync(fd);
    }
    use(item, buffer.subarray(0, length));
  }
}

/** Reads each page of the site once and hands it to every visitor (its text only while they run). */
export function visitPages(siteDir: string, ...visitors: PageVisitor[]): void {
  eachFileBytes(
    htmlFilesOf(siteDir),
    (file) => join(siteDir, file),
    (file, bytes) => {
      let text: string | undefined;
      let visiting = true;
      const html = () => {
        if (text === undefined && !visiting) throw new Error(`${file}: a page's text is read only while it is visited`);
        return (text ??= bytes.toString('utf8'));
      };
      const page: BuiltPage = { file, digest: digestOf(bytes), html };
      for (const visit of visitors) visit(page);
      visiting = false;
    },
  );
}
