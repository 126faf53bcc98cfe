/**
 * What an after-build step read of each page is kept between builds (scripts/build/page-memo.ts):
 * a page is read again only when no page of its bytes was read before, and the memo file is
 * written only when it would change (a no-change rebuild leaves it as it was).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { isInteger } from '../../src/lib/json-shape.ts';
import { pageMemo } from '../../scripts/build/page-memo.ts';
import { digestOf } from '../../scripts/build/built-pages.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'lengths.json');
const page = (html: string) => ({ digest: digestOf(Buffer.from(html)), html: () => html });
/** One build: the memo of page lengths over `pages`; how many pages were read. */
const build = (pages: string[]) => {
  const memo = pageMemo(dir, 'lengths', 'v1', isInteger);
  let read = 0;
  const lengths = pages.map((html) =>
    memo.of(page(html), (text) => {
      read++;
      return text.length;
    }),
  );
  memo.save();
  return { read, lengths };
};
const LONG_AGO = new Date('2020-01-01T00:00:00Z');
const untouched = () => statSync(file).mtimeMs === LONG_AGO.getTime();

it('reads only new pages and rewrites the memo only when its pages changed', () => {
  expect(build(['<p>a</p>', '<p>bb</p>', '<p>a</p>'])).toEqual({ read: 2, lengths: [8, 9, 8] });
  utimesSync(file, LONG_AGO, LONG_AGO);

  expect(build(['<p>a</p>', '<p>bb</p>'])).toEqual({ read: 0, lengths: [8, 9] });
  expect(untouched()).toBe(true);

  // A page gone: the memo is written again with only this build's pages.
  expect(build(['<p>a</p>'])).toEqual({ read: 0, lengths: [8] });
  expect(untouched()).toBe(false);
  expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).pages)).toEqual([digestOf(Buffer.from('<p>a</p>'))]);

  // A new page: read, and written.
  utimesSync(file, LONG_AGO, LONG_AGO);
  expect(build(['<p>a</p>', '<p>ccc</p>'])).toEqual({ read: 1, lengths: [8, 10] });
  expect(untouched()).toBe(false);
  expect(build(['<p>a</p>', '<p>ccc</p>']).read).toBe(0);
});
