/** Splits a list into numbered pages for listings such as /<lang>/press/ and /<lang>/press/page/2/. */

export interface ListPage<T> {
  /** Page number from 1. */
  number: number;
  /** How many pages there are (at least 1). */
  last: number;
  items: T[];
  /** Position of the first item on this page, from 1 (0 when the list is empty). */
  start: number;
}

/** Every page of `items`, `size` per page; an empty list still makes one (empty) page. */
export function pageSlices<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`pageSlices: size must be a positive integer, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    number: i + 1,
    last,
    items: items.slice(i * size, (i + 1) * size),
    start: items.length ? i * size + 1 : 0,
  }));
}

/** The URL path of a listing page: page 1 is the section itself, the others live under page/<n>/. */
export function listPagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}page/${number}/`;
}
