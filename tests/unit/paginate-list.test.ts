import { describe, expect, it } from 'vitest';
import { listPagePath, pageSlices } from '../../src/lib/paginate-list.ts';

describe('pageSlices', () => {
  it('cuts a list into pages of the given size, the last one shorter', () => {
    const pages = pageSlices([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.last, p.start])).toEqual([
      [1, 3, 1],
      [2, 3, 4],
      [3, 3, 7],
    ]);
  });
  it('makes one empty page for an empty list', () => {
    expect(pageSlices([], 4)).toEqual([{ number: 1, last: 1, items: [], start: 0 }]);
  });
  it('rejects a size that is not a positive integer', () => {
    expect(() => pageSlices([1], 0)).toThrow(/positive integer/);
  });
});

describe('listPagePath', () => {
  it('keeps page 1 at the section and puts later pages under page/<n>/', () => {
    expect(listPagePath('/en/press/', 1)).toBe('/en/press/');
    expect(listPagePath('/en/press/', 2)).toBe('/en/press/page/2/');
  });
});
