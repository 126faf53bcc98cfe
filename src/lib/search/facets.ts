/** The content types and facets the site search filters by, and how a page declares them to Pagefind. */

/** Content types; each has a label `search.type.<type>` in every locale. */
export const SEARCH_TYPES = ['plan', 'place', 'profile', 'press', 'legal', 'person', 'unit', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Facets in the order the filter panel shows them; each has a label `search.filter.<facet>`. */
export const FACETS = ['type', 'sector', 'district', 'year', 'level'] as const;
export type Facet = (typeof FACETS)[number];

export type FacetValues = Partial<
  Record<Exclude<Facet, 'type'>, string | number | readonly (string | number)[] | undefined>
>;

/**
 * One `data-pagefind-filter` value ("sector:Agriculture") per facet value, blanks left out; one
 * pair per element, so Pagefind takes a comma in a value as part of it.
 */
export function filterAttributes(typeLabel: string, facets: FacetValues = {}): string[] {
  const out = [`type:${typeLabel}`];
  for (const facet of FACETS) {
    if (facet === 'type') continue;
    const value = facets[facet];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const v of values) if (String(v).trim()) out.push(`${facet}:${v}`);
  }
  return out;
}
