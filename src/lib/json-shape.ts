/**
 * Shape checks for the build's own memo files, read back on every rebuild. Checking a memo of
 * 22,000 pages with its zod schema cost about a second of CPU each (zod's first pass over a
 * schema is slow; docs/benchmarks.md), more than reading it; these plain checks take milliseconds.
 */
import { isRecord } from './is-record.ts';

/** Tells whether a parsed value is a T. */
export type Shape<T> = (value: unknown) => value is T;

export const isString: Shape<string> = (value): value is string => typeof value === 'string';
export const isBoolean: Shape<boolean> = (value): value is boolean => typeof value === 'boolean';
export const isInteger: Shape<number> = (value): value is number => Number.isInteger(value);

export const arrayOf =
  <T>(item: Shape<T>): Shape<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.every(item);

export const nullable =
  <T>(shape: Shape<T>): Shape<T | null> =>
  (value): value is T | null =>
    value === null || shape(value);

/** An object with exactly these keys, each of its shape. */
export function objectOf<T extends object>(fields: { [K in keyof T]: Shape<T[K]> }): Shape<T> {
  const checks: [string, Shape<unknown>][] = Object.entries(fields);
  return (value): value is T =>
    isRecord(value) &&
    Object.keys(value).length === checks.length &&
    checks.every(([key, check]) => Object.hasOwn(value, key) && check(value[key]));
}

/** `{ version, pages }` as the memos are written: the pages, if the version is this one and every page has its shape. */
export function memoPages<T>(parsed: unknown, version: unknown, page: Shape<T>): Record<string, T> | undefined {
  if (!isRecord(parsed) || parsed.version !== version || !isRecord(parsed.pages)) return undefined;
  const pages: Record<string, T> = {};
  for (const [key, value] of Object.entries(parsed.pages)) {
    if (!page(value)) return undefined;
    pages[key] = value;
  }
  return pages;
}
