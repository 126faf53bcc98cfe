/** DOM for the search page: one result, and the filter panel built from the index's facet counts. */
import { withoutAliases } from '../lib/search/aliases.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { FACETS } from '../lib/search/facets.ts';
import type { Translator } from '../lib/dictionary.ts';
import type { PagefindResultData } from './pagefind.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A result: type (a page that declares none is an information page), date and sample-data badge,
 * the title as a link, an excerpt with the matched words marked (`typed`: see typedWords).
 */
export function renderResult(data: PagefindResultData, t: Translator, typed: readonly string[] = []): HTMLLIElement {
  const li = el('li', 'portal-result');
  const meta = el('p', 'portal-result__meta');
  meta.append(el('span', 'portal-result__type', data.meta.type || t('search.type.page')));
  const iso = data.meta.date;
  if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const time = el(
      'time',
      'portal-result__date',
      new Intl.DateTimeFormat(t.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    );
    time.dateTime = iso;
    meta.append(time);
  }
  // Set by Notice.astro on pages made for demonstration, so a result never passes sample data off as official.
  if (data.meta.sample) meta.append(el('span', 'portal-badge', t('notice.sampleShort')));
  const title = el('h2', 'portal-result__title');
  const link = el('a', 'portal-result__link', withoutAliases(data.meta.title ?? '') || data.url);
  link.href = data.url;
  title.append(link);
  const excerpt = el('p', 'portal-result__excerpt');
  for (const part of buildExcerpt(data.content, data.locations, undefined, typed)) {
    excerpt.append(part.mark ? el('mark', 'portal-result__mark', part.text) : document.createTextNode(part.text));
  }
  li.append(meta, title, excerpt);
  return li;
}

/** One fieldset of checkboxes per facet that has values, keeping the reader's ticks. */
export function renderFilters(
  panel: HTMLElement,
  counts: Record<string, Record<string, number>>,
  chosen: Record<string, Set<string>>,
  t: Translator,
): void {
  panel.replaceChildren();
  for (const facet of FACETS) {
    const values = Object.entries(counts[facet] ?? {}).filter(([v, n]) => n > 0 || chosen[facet]?.has(v));
    if (values.length === 0) continue;
    const set = el('fieldset', 'portal-search__facet');
    set.append(el('legend', 'portal-search__legend', t(`search.filter.${facet}`)));
    values.sort(([a], [b]) => (facet === 'year' ? b.localeCompare(a) : a.localeCompare(b, t.intl)));
    for (const [value, count] of values) {
      const label = el('label', 'portal-search__option');
      const box = el('input', 'portal-search__checkbox');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = chosen[facet]?.has(value) ?? false;
      label.append(
        box,
        document.createTextNode(` ${value} `),
        el('span', 'portal-search__count', `(${new Intl.NumberFormat(t.intl).format(count)})`),
      );
      set.append(label);
    }
    panel.append(set);
  }
  panel.hidden = panel.childElementCount === 0;
}
