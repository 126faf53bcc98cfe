import { describe, expect, it } from 'vitest';
import { fromQuery, fromView, matches, toQuery, withFacet } from '../../src/lib/invest/filter-state.ts';

describe('the combined filter in the URL', () => {
  const all = fromView({ sort: 'capital' });
  it('starts from the static page’s view', () => {
    expect(fromView({ facet: 'sector', value: 'agriculture', sort: 'area' })).toEqual({
      filters: { sector: 'agriculture' },
      sort: 'area',
    });
    expect(fromQuery('', fromView({ facet: 'status', value: 'calling', sort: 'capital' }))).toEqual({
      filters: { status: 'calling' },
      sort: 'capital',
    });
  });
  it('round-trips several facets and the sort through the query', () => {
    const state = withFacet(withFacet({ ...all, sort: 'area' }, 'sector', 'agriculture'), 'status', 'calling');
    expect(toQuery(state)).toBe('?sector=agriculture&status=calling&sort=area');
    expect(fromQuery(toQuery(state), all)).toEqual(state);
    expect(toQuery(withFacet(state, 'sector', ''))).toBe('?status=calling&sort=area');
    expect(toQuery(all)).toBe('');
  });
  it('ignores values that cannot be slugs', () => {
    expect(fromQuery('?sector=<script>&commune=ia-dom', all)).toEqual({
      filters: { commune: 'ia-dom' },
      sort: 'capital',
    });
  });
  it('matches an item only when every set facet agrees', () => {
    const item = { sector: 'agriculture', commune: 'ia-nan', status: 'calling' };
    expect(matches(item, all)).toBe(true);
    expect(matches(item, withFacet(all, 'sector', 'agriculture'))).toBe(true);
    expect(matches(item, withFacet(withFacet(all, 'sector', 'agriculture'), 'status', 'preparing'))).toBe(false);
  });
});
