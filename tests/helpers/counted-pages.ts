/** For the tests of the after-build steps that remember what they read of each page (scripts/build/page-memo.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `html` at `path` under `site`, making its folders. */
export const pageWriter = (site: string) => (path: string, html: string) => {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
};

/** A page reader that counts how many pages it parses: `read.pages`. */
export function countedReader<T>(parse: (html: string) => T): { read: { pages: number }; fn: (html: string) => T } {
  const read = { pages: 0 };
  const fn = (html: string) => {
    read.pages++;
    return parse(html);
  };
  return { read, fn };
}
