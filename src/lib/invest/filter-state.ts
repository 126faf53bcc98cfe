/** The combined filter the list script keeps: several facets at once and a sort, read from and written to ?query. */
import { FACETS, type Facet, type Sort, type View } from './views.ts';

export interface FilterState {
  filters: Partial<Record<Facet, string>>;
  sort: Sort;
}

/** The state of a static view page (one facet at most). */
export const fromView = (view: View): FilterState => ({
  filters: view.facet && view.value ? { [view.facet]: view.value } : {},
  sort: view.sort,
});

/** Reads ?sector=…&commune=…&status=…&sort=area; unknown keys and values are ignored. */
export function fromQuery(search: string, base: FilterState): FilterState {
  const params = new URLSearchParams(search);
  if (![...FACETS, 'sort'].some((k) => params.has(k))) return base;
  const filters: FilterState['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value && /^[a-z0-9-]+$/.test(value)) filters[facet] = value;
  }
  return { filters, sort: params.get('sort') === 'area' ? 'area' : 'capital' };
}

/** The query that reproduces the state ("" for everything, by capital). */
export function toQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state.filters[facet]) params.set(facet, state.filters[facet]);
  if (state.sort === 'area') params.set('sort', 'area');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Sets a facet (or clears it with ""), keeping the others. */
export function withFacet(state: FilterState, facet: Facet, value: string): FilterState {
  const filters = { ...state.filters };
  if (value) filters[facet] = value;
  else delete filters[facet];
  return { ...state, filters };
}

/** Whether an item with these facet values passes every filter. */
export const matches = (item: Record<Facet, string>, state: FilterState): boolean =>
  FACETS.every((f) => !state.filters[f] || item[f] === state.filters[f]);
