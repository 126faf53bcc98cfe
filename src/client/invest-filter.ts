/** Progressive enhancement of the investment list: combine filters in place, re-sort, keep the URL shareable. */
import { fromQuery, fromView, matches, toQuery, withFacet, type FilterState } from '../lib/invest/filter-state.ts';
import { FACETS, SORTS, type Facet, type Sort } from '../lib/invest/views.ts';

/** The facet or sort a data attribute names, if it names one. */
const facetNamed = (name: string | undefined): Facet | undefined => FACETS.find((f) => f === name);
const sortNamed = (name: string | undefined): Sort | undefined => SORTS.find((s) => s === name);
/** ProfileCard.astro writes every card's slug: the tie-breaker of the sort. */
const slugOf = (card: HTMLElement): string => {
  const { slug } = card.dataset;
  if (slug === undefined) throw new Error('[data-invest-card] without data-slug');
  return slug;
};

export function enhanceInvestList(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-invest]');
  const list = root?.querySelector<HTMLElement>('[data-invest-list]');
  if (!root || !list) return;
  const d = root.dataset;
  // InvestListing.astro writes these on the list's root; without them there is nothing to enhance.
  const { investBase: base, countOne, countOther } = d;
  if (base === undefined || countOne === undefined || countOther === undefined) return;
  const pageState = fromView({
    facet: facetNamed(d.viewFacet),
    value: d.viewValue || undefined,
    sort: sortNamed(d.viewSort) ?? 'capital',
  });
  const cards = [...list.querySelectorAll<HTMLElement>('[data-invest-card]')];
  const count = root.querySelector<HTMLElement>('[data-invest-count]');
  const empty = root.querySelector<HTMLElement>('[data-invest-empty]');
  const plural = new Intl.PluralRules(d.intl);
  const number = new Intl.NumberFormat(d.intl);
  let state: FilterState = fromQuery(location.search, pageState);

  const apply = () => {
    const key = (c: HTMLElement) => Number(state.sort === 'area' ? c.dataset.area : c.dataset.capital);
    const sorted = [...cards].sort((a, b) => key(b) - key(a) || slugOf(a).localeCompare(slugOf(b)));
    let shown = 0;
    for (const card of sorted) {
      const visible = matches(
        // A profile without a commune has no data-commune: '' matches no commune filter, as absent did.
        { sector: card.dataset.sector ?? '', commune: card.dataset.commune ?? '', status: card.dataset.status ?? '' },
        state,
      );
      card.hidden = !visible;
      if (visible) shown++;
      list.append(card);
    }
    if (count)
      count.textContent = (plural.select(shown) === 'one' ? countOne : countOther).replace(
        '{count}',
        number.format(shown),
      );
    if (empty) empty.hidden = shown > 0;
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-facet]')) {
      const facet = facetNamed(link.dataset.facet);
      const current = facet !== undefined && (state.filters[facet] ?? '') === link.dataset.value;
      link.toggleAttribute('aria-current', current);
      if (current) link.setAttribute('aria-current', 'true');
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-sort]')) {
      link.toggleAttribute('aria-current', link.dataset.sort === state.sort);
      if (link.dataset.sort === state.sort) link.setAttribute('aria-current', 'true');
    }
  };

  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const link = event.target.closest<HTMLAnchorElement>('a[data-facet], a[data-sort]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const sort = sortNamed(link.dataset.sort);
    const facet = facetNamed(link.dataset.facet);
    if (!sort && !facet) return;
    event.preventDefault();
    state = sort ? { ...state, sort } : facet ? withFacet(state, facet, link.dataset.value ?? '') : state;
    // A facet page carries only its own cards: combined filters live on the full list.
    if (d.viewFacet) return location.assign(base + toQuery(state));
    history.pushState(null, '', base + toQuery(state));
    apply();
  });
  addEventListener('popstate', () => {
    state = fromQuery(location.search, location.pathname === base ? fromView({ sort: 'capital' }) : pageState);
    apply();
  });
  apply();
}
