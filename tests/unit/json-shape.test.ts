/**
 * The plain shape checks that replaced zod for the build's memo files (src/lib/json-shape.ts): a
 * memo is used only if its version is this one and every page has the shape this code writes.
 */
import { expect, it } from 'vitest';
import { arrayOf, isBoolean, isInteger, isString, memoPages, nullable, objectOf } from '../../src/lib/json-shape.ts';

const glyphs = objectOf<{ s: string[]; c: number[] }>({ s: arrayOf(isString), c: arrayOf(isInteger) });

it('accepts exactly the shapes written, and nothing else', () => {
  expect(glyphs({ s: ['/fonts/vi.css'], c: [65, 7907] })).toBe(true);
  expect(glyphs({ s: [], c: [] })).toBe(true);
  expect(glyphs({ s: ['/fonts/vi.css'], c: [65.5] })).toBe(false);
  expect(glyphs({ s: ['/fonts/vi.css'] })).toBe(false);
  expect(glyphs({ s: [], c: [], extra: 1 })).toBe(false);
  expect(glyphs([[], []])).toBe(false);
  expect(glyphs(null)).toBe(false);
  expect(nullable(isBoolean)(null)).toBe(true);
  expect(nullable(isBoolean)('true')).toBe(false);
});

it('gives the pages of a memo of this version whose every page has its shape', () => {
  const memo = { version: 'v2', pages: { a: { s: [], c: [1] }, b: { s: ['x'], c: [] } } };
  expect(memoPages(memo, 'v2', glyphs)).toEqual(memo.pages);
  expect(memoPages(memo, 'v1', glyphs)).toBeUndefined();
  expect(memoPages({ ...memo, pages: { ...memo.pages, c: { s: [], c: ['1'] } } }, 'v2', glyphs)).toBeUndefined();
  expect(memoPages({ version: 'v2', pages: [] }, 'v2', glyphs)).toBeUndefined();
  expect(memoPages('v2', 'v2', glyphs)).toBeUndefined();
});
