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

async function shardPaths(): Promise<string[]> {
  const response = await fetch(SHARDS);
  if (!response.ok) throw new Error(`${SHARDS}: ${response.status}`);
  // Only the shards of the page's language: Pagefind answers from another language when a merged index lacks it.
  const shards = ((await response.json()) as Record<string, string[]>)[document.documentElement.lang] ?? [];
  // shards.json names them by site path ("/pagefind-1/"), the same under any base. Pagefind takes
  // the base of its results' URLs from where each index is loaded.
  return import.meta.env.BASE_URL === '/'
    ? shards
    : shards.map((path) => `${import.meta.env.BASE_URL}${path.slice(1)}`);
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= Promise.all([import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>, shardPaths()]).then(
    async ([pagefind, shards]) => {
      for (const path of shards) await pagefind.mergeIndex(path);
      await pagefind.init();
      return pagefind;
    },
  );
  loading.catch(() => (loading = undefined));
  return loading;
}
