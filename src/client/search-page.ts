/** The search page: runs the reader's query (from the box or ?q=) against this locale's index, with filters. */
import { makeTranslator } from '../lib/dictionary.ts';
import { prepareQuery, typedWords } from '../lib/search/query.ts';
import { loadPagefind, type PagefindSearch } from './pagefind.ts';
import { renderFilters, renderResult } from './search-render.ts';

const PAGE = 10;

/** A part SearchPage.astro always renders: without it the page is broken, so say which. */
function part<T extends Element>(parent: ParentNode, selector: string, type: { new (): T; prototype: T }): T {
  const element = parent.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`search page: no ${selector}`);
  return element;
}
const root = document.querySelector<HTMLElement>('[data-portal-search-page]');
if (root) {
  const t = makeTranslator(JSON.parse(root.dataset.strings ?? '{}'), document.documentElement.lang);
  const form = part(root, 'form', HTMLFormElement);
  const input = part(form, 'input[type=search]', HTMLInputElement);
  const status = part(root, '[data-search-status]', HTMLElement);
  const list = part(root, '[data-search-results]', HTMLOListElement);
  const more = part(root, '[data-search-more]', HTMLButtonElement);
  const panel = part(root, '[data-search-filters]', HTMLElement);
  const filtersBox = part(root, '[data-search-filters-box]', HTMLDetailsElement);
  // Folded on a phone, where results come first; beside the results on a wide screen.
  filtersBox.open = matchMedia('(min-width: 48rem)').matches;
  root.querySelector('[data-search-nojs]')?.remove();
  const chosen: Record<string, Set<string>> = {};
  let current: PagefindSearch | undefined;
  let shown = 0;
  let run = 0;
  /** The words the reader typed with their marks (typedWords), for the excerpts of the current results. */
  let typed: string[] = [];

  async function showMore(): Promise<void> {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    list.append(...datas.map((d) => renderResult(d, t, typed)));
    shown += batch.length;
    more.hidden = shown >= current.results.length;
  }

  async function search(): Promise<void> {
    const id = ++run;
    const query = prepareQuery(input.value);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = t('search.loading');
    try {
      const pagefind = await loadPagefind();
      const filters = Object.fromEntries(
        Object.entries(chosen)
          .filter(([, s]) => s.size)
          .map(([k, s]) => [k, { any: [...s] }]),
      );
      // Pagefind counts facets only once their files are loaded, which filters() does.
      await pagefind.filters();
      // Typed with marks, a word is meant as spelled: Pagefind then neither finds nor ranks "của" for "cửa".
      const words = typedWords(input.value);
      await pagefind.options({ exactDiacritics: words.length > 0 });
      const result = await pagefind.search(query, { filters });
      if (id !== run) return;
      typed = words;
      current = result;
      shown = 0;
      list.replaceChildren();
      renderFilters(panel, result.totalFilters, chosen, t);
      filtersBox.hidden = panel.hidden;
      await showMore();
      const count = result.results.length;
      status.textContent = count
        ? t.tn('search.results', count, { query: input.value.trim() })
        : t('search.none', { query: input.value.trim() });
    } catch {
      if (id === run) status.textContent = t('search.error');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  panel.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const set = (chosen[box.name] ??= new Set());
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    void search();
  });
  more.addEventListener('click', () => void showMore());
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  if (input.value) void search();
}
