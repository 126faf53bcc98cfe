/** The press listing cut into pages: page 1 at /<lang>/press/, the others at /<lang>/press/page/<n>/. */
import { province } from 'virtual:portal';
import { getPress, type PressItem } from './press.ts';
import { pageSlices, type ListPage } from '../lib/paginate-list.ts';
import { listingKey } from './render-keys.ts';

/** Items per listing page: small enough that a reader scans it at once. */
export const PRESS_PAGE_SIZE = 5;

export async function pressPages(lang: string): Promise<ListPage<PressItem>[]> {
  return pageSlices(await getPress(lang), PRESS_PAGE_SIZE);
}

/** Static paths of listing pages 2 and up, in every locale. */
export async function laterPressPagePaths() {
  const paths = [];
  for (const lang of province.locales)
    for (const page of (await pressPages(lang)).slice(1))
      paths.push({
        params: { lang, page: String(page.number) },
        props: { page },
        cacheKey: await pressPageKey(page),
      });
  return paths;
}

/** Static paths of listing page 1 (/<lang>/press/) in every locale. */
export async function firstPressPagePaths() {
  return Promise.all(
    province.locales.map(async (lang) => {
      const [first] = await pressPages(lang);
      // pageSlices makes one page even of an empty list.
      if (!first) throw new Error(`press: no listing page in ${lang}`);
      return { params: { lang }, cacheKey: await pressPageKey(first) };
    }),
  );
}

/** A page shows its own items and the page count; an edit elsewhere in the list leaves it alone. */
function pressPageKey(page: ListPage<PressItem>): Promise<string> {
  return listingKey(
    'press',
    page.items.map((i) => i.slug),
    [String(page.number), String(page.last)],
  );
}
