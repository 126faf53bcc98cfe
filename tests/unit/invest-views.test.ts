import { describe, expect, it } from 'vitest';
import {
  allViews,
  facetValues,
  inView,
  parseView,
  sortItems,
  viewSegments,
  type Facetted,
} from '../../src/lib/invest/views.ts';

const p = (
  slug: string,
  sector: string,
  commune: string,
  status: string,
  capitalVnd: number,
  areaHa: number,
): Facetted => ({ slug, sector, commune, status, capitalVnd, areaHa });
const items = [
  p('coffee', 'agriculture', 'ia-nan', 'calling', 480e9, 25),
  p('logistics', 'logistics', 'ia-dom', 'calling', 1250e9, 60),
  p('cold-store', 'agriculture', 'quy-nhon-nam', 'preparing', 210e9, 8),
  p('solar', 'energy', 'ia-dom', 'preparing', 900e9, 120),
];

describe('views of the profile list', () => {
  it('sorts by capital or by area, largest first', () => {
    expect(sortItems(items, 'capital').map((i) => i.slug)).toEqual(['logistics', 'solar', 'coffee', 'cold-store']);
    expect(sortItems(items, 'area').map((i) => i.slug)).toEqual(['solar', 'logistics', 'coffee', 'cold-store']);
  });
  it('filters by one facet value', () => {
    expect(
      items.filter((i) => inView(i, { facet: 'sector', value: 'agriculture', sort: 'capital' })).map((i) => i.slug),
    ).toEqual(['coffee', 'cold-store']);
    expect(items.filter((i) => inView(i, { sort: 'area' }))).toHaveLength(4);
  });
  it('lists facet values in the schema order, then alphabetically', () => {
    expect(facetValues(items, 'sector', ['agriculture', 'industry', 'logistics', 'energy'])).toEqual([
      'agriculture',
      'logistics',
      'energy',
    ]);
    expect(facetValues(items, 'commune')).toEqual(['ia-dom', 'ia-nan', 'quy-nhon-nam']);
  });
  it('round-trips every view through its URL segments', () => {
    const views = allViews(items);
    // all + 3 sectors + 3 communes + 2 statuses, in two sorts
    expect(views).toHaveLength(2 * (1 + 3 + 3 + 2));
    for (const view of views) expect(parseView(viewSegments(view).join('/'))).toEqual(view);
    expect(viewSegments({ facet: 'sector', value: 'energy', sort: 'area' })).toEqual(['sector', 'energy', 'by-area']);
  });
  it('rejects paths that are not views', () => {
    expect(parseView('sector')).toBeUndefined();
    expect(parseView('colour/red')).toBeUndefined();
    expect(parseView(undefined)).toEqual({ sort: 'capital' });
  });
});
