import { describe, expect, it } from 'vitest';
import { indexSizes } from '../../src/lib/search/index-size.ts';

describe('indexSizes', () => {
  it('sums meta, index chunks, fragments and filters per locale and counts pages by fragment', () => {
    const rows = indexSizes([
      { path: 'pagefind.vi_8e9497d922.pf_meta', size: 100 },
      { path: 'index/vi_1a.pf_index', size: 1000 },
      { path: 'fragment/vi_2b.pf_fragment', size: 300 },
      { path: 'fragment/vi_3c.pf_fragment', size: 200 },
      { path: 'filter/vi_4d.pf_filter', size: 50 },
      { path: 'fragment/km_5e.pf_fragment', size: 70 },
      { path: 'pagefind.js', size: 40000 },
      { path: 'wasm.unknown.pagefind', size: 60000 },
    ]);
    expect(rows).toEqual([
      { lang: 'km', pages: 1, meta: 0, index: 0, fragments: 70, filters: 0, total: 70 },
      { lang: 'vi', pages: 2, meta: 100, index: 1000, fragments: 500, filters: 50, total: 1650 },
    ]);
  });
});
