/** Static paths of `[lang]/…/[slug]` routes: one page per item, in every locale. */

/** One item's page: its slug (the route's last segment), its props and, for the incremental build, its cache key. */
export interface SlugPage<P> {
  slug: string;
  props: P;
  cacheKey?: string;
}

/**
 * Every locale's pages, locale by locale in the given order and item by item in each locale's
 * order: `itemsOf(lang)` lists what has a page in that locale, `pageOf` says its slug, props and key.
 */
export async function localizedPaths<T, P>(
  locales: readonly string[],
  itemsOf: (lang: string) => Iterable<T> | Promise<Iterable<T>>,
  pageOf: (item: T, lang: string) => SlugPage<P> | Promise<SlugPage<P>>,
): Promise<{ params: { lang: string; slug: string }; props: P; cacheKey?: string }[]> {
  const paths = [];
  for (const lang of locales) {
    for (const item of await itemsOf(lang)) {
      const { slug, props, cacheKey } = await pageOf(item, lang);
      paths.push({ params: { lang, slug }, props, ...(cacheKey === undefined ? {} : { cacheKey }) });
    }
  }
  return paths;
}
