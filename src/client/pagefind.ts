/** Loads this locale's Pagefind search once, on first use (a focus, a keystroke, the search page). */

export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
}
export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Counts with the chosen filters applied, and without them. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch>;
  /** exactDiacritics: match words only as spelled ("cửa" not "của"); Pagefind folds marks by default. Applies to the site's own index, not to merged shards. */
  options: (options: { exactDiacritics?: boolean }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
}

// import.meta.env.BASE_URL: the path the site is served under, "/" or "/my-repo/gia-lai/". Vite
// writes it in as a literal at each use, so the minifier folds these to plain strings.
/** The bundle Pagefind writes beside the site; not part of the Vite build. */
const BUNDLE = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
/** The other shards of a very large site's index, per language (scripts/build/search-index.ts); none for most sites. */
const SHARDS = `${import.meta.env.BASE_URL}pagefind/shards.json`;
let loading: Promise<Pagefind> | undefined;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
/** Pagefind's bundle is loaded at run time from the built site, so its module is checked, not assumed. */
const isPagefind = (module: unknown): module is Pagefind =>
  typeof module === 'object' &&
  module !== null &&
  ['search', 'options', 'filters', 'init', 'mergeIndex'].every(
    (name) => typeof Reflect.get(module, name) === 'function',
  );

async function loadBundle(): Promise<Pagefind> {
  const module: unknown = await import(/* @vite-ignore */ BUNDLE);
  if (!isPagefind(module)) throw new Error(`${BUNDLE}: not a Pagefind bundle`);
  return module;
}

async function shardPaths(): Promise<string[]> {
  const response = await fetch(SHARDS);
  if (!response.ok) throw new Error(`${SHARDS}: ${response.status}`);
  // Only the shards of the page's language: Pagefind answers from another language when a merged index lacks it.
  const byLang: unknown = await response.json();
  const listed: unknown =
    typeof byLang === 'object' && byLang !== null ? Reflect.get(byLang, document.documentElement.lang) : undefined;
  if (listed !== undefined && !isStringList(listed)) throw new Error(`${SHARDS}: not a list of paths per language`);
  const shards = listed ?? [];
  // shards.json names them by site path ("/pagefind-1/"), the same under any base. Pagefind takes
  // the base of its results' URLs from where each index is loaded.
  return import.meta.env.BASE_URL === '/'
    ? shards
    : shards.map((path) => `${import.meta.env.BASE_URL}${path.slice(1)}`);
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= Promise.all([loadBundle(), shardPaths()]).then(async ([pagefind, shards]) => {
    for (const path of shards) await pagefind.mergeIndex(path);
    await pagefind.init();
    return pagefind;
  });
  loading.catch(() => (loading = undefined));
  return loading;
}
