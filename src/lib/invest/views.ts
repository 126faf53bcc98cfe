/**
 * Listing views of investment profiles: one facet value (sector, commune or status) and a sort,
 * each a static page (/invest/sector/agriculture/by-area/) so filtering works without JavaScript.
 */

export const FACETS = ['sector', 'commune', 'status'] as const;
export type Facet = (typeof FACETS)[number];
export const SORTS = ['capital', 'area'] as const;
export type Sort = (typeof SORTS)[number];

/** What a view needs to know of a profile. */
export interface Facetted {
  slug: string;
  sector: string;
  /** Slug of the commune's Vietnamese name. */
  commune: string;
  status: string;
  capitalVnd: number;
  areaHa: number;
}

export interface View {
  facet?: Facet;
  value?: string;
  sort: Sort;
}

/** The distinct values of a facet among the profiles, in first-seen order of `order` when given. */
export function facetValues<T extends Facetted, F extends Facet>(
  items: readonly T[],
  facet: F,
  order: readonly T[F][] = [],
): T[F][] {
  const values = [...new Set(items.map((i) => i[facet]))];
  const rank = (v: T[F]) => (order.includes(v) ? order.indexOf(v) : order.length);
  return values.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Whether a profile is in the view. */
export const inView = (item: Facetted, view: View): boolean => !view.facet || item[view.facet] === view.value;

/** Profiles in the order the view sorts them (largest first; slug breaks ties). */
export function sortItems<T extends Facetted>(items: readonly T[], sort: Sort): T[] {
  const key = (i: Facetted) => (sort === 'area' ? i.areaHa : i.capitalVnd);
  return [...items].sort((a, b) => key(b) - key(a) || a.slug.localeCompare(b.slug));
}

/** URL segments under /<lang>/invest/ of a view: [] for all by capital, ['sector', 'energy', 'by-area']… */
export function viewSegments(view: View): string[] {
  const segments = view.facet && view.value ? [view.facet, view.value] : [];
  return view.sort === 'area' ? [...segments, 'by-area'] : segments;
}

const isFacet = (name: string | undefined): name is Facet => FACETS.some((f) => f === name);

/** The view a rest parameter names, or undefined for anything else. */
export function parseView(rest: string | undefined): View | undefined {
  const parts = (rest ?? '').split('/').filter(Boolean);
  const sort: Sort = parts.at(-1) === 'by-area' ? 'area' : 'capital';
  if (sort === 'area') parts.pop();
  if (parts.length === 0) return { sort };
  const [facet, value] = parts;
  if (parts.length === 2 && isFacet(facet) && value !== undefined) return { facet, value, sort };
  return undefined;
}

/** Every view with at least one profile: all, each facet value, each in both sorts. */
export function allViews(items: readonly Facetted[]): View[] {
  const views: View[] = [];
  for (const sort of SORTS) {
    views.push({ sort });
    for (const facet of FACETS) for (const value of facetValues(items, facet)) views.push({ facet, value, sort });
  }
  return views;
}
