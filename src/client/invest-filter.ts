/** Progressive enhancement of the investment list: combine filters in place, re-sort, keep the URL shareable. */
import { fromQuery, fromView, matches, toQuery, withFacet, type FilterState } from '../lib/invest/filter-state.ts';
import type { Facet, Sort } from '../lib/invest/views.ts';

export function enhanceInvestList(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-invest]');
  const list = root?.querySelector<HTMLElement>('[data-invest-list]');
  if (!root || !list) return;
  const d = root.dataset;
  const base = d.investBase!;
  const pageState = fromView({
    facet: (d.viewFacet || undefined) as Facet | undefined,
    value: d.viewValue || undefined,
    sort: (d.viewSort || 'capital') as Sort,
  });
  const cards = [...list.querySelectorAll<HTMLElement>('[data-invest-card]')];
  const count = root.querySelector<HTMLElement>('[data-invest-count]');
  const empty = root.querySelector<HTMLElement>('[data-invest-empty]');
  const plural = new Intl.PluralRules(d.intl);
  const number = new Intl.NumberFormat(d.intl);
  let state: FilterState = fromQuery(location.search, pageState);

  const apply = () => {
    const key = (c: HTMLElement) => Number(state.sort === 'area' ? c.dataset.area : c.dataset.capital);
    const sorted = [...cards].sort((a, b) => key(b) - key(a) || a.dataset.slug!.localeCompare(b.dataset.slug!));
    let shown = 0;
    for (const card of sorted) {
      const visible = matches(
        { sector: card.dataset.sector!, commune: card.dataset.commune!, status: card.dataset.status! },
        state,
      );
      card.hidden = !visible;
      if (visible) shown++;
      list.append(card);
    }
    if (count)
      count.textContent = (plural.select(shown) === 'one' ? d.countOne! : d.countOther!).replace(
        '{count}',
        number.format(shown),
      );
    if (empty) empty.hidden = shown > 0;
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-facet]')) {
      const current = (state.filters[link.dataset.facet as Facet] ?? '') === link.dataset.value;
      link.toggleAttribute('aria-current', current);
      if (current) link.setAttribute('aria-current', 'true');
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-sort]')) {
      link.toggleAttribute('aria-current', link.dataset.sort === state.sort);
      if (link.dataset.sort === state.sort) link.setAttribute('aria-current', 'true');
    }
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-facet], a[data-sort]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    state = link.dataset.sort
      ? { ...state, sort: link.dataset.sort as Sort }
      : withFacet(state, link.dataset.facet as Facet, link.dataset.value ?? '');
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
