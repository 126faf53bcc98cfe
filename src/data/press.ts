/** Press releases, statements and conferences in a locale, newest first, with their spokesperson. */
import { province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { getRecord } from './records.ts';
import { renderKey } from './render-keys.ts';
import { localizedPaths } from '../lib/localized-paths.ts';
import { newestFirst } from '../lib/press.ts';
import { resolveImage, type ResolvedImage } from './images.ts';

export type PressItem = LocalizedEntry<'press'>;

const sorted = new Map<string, Promise<PressItem[]>>();

/** Every press item in `lang`, newest first (sorted once per locale; callers must not mutate it). */
export function getPress(lang: string): Promise<PressItem[]> {
  const cached = sorted.get(lang);
  if (cached) return cached;
  const sorting = getLocalized('press', lang).then((items) =>
    newestFirst(items.map((item) => ({ date: item.data.date, slug: item.slug, item }))).map((x) => x.item),
  );
  sorted.set(lang, sorting);
  return sorting;
}

/** The press items the home page shows: the three newest. */
export async function latestPress(lang: string): Promise<PressItem[]> {
  return (await getPress(lang)).slice(0, 3);
}

/** The spokesperson a press item names: name and slug, for a link to the directory. */
export async function pressSpokesperson(slug: string | undefined): Promise<{ slug: string; name: string } | undefined> {
  if (!slug) return undefined;
  const person = await getRecord('people', slug);
  return person ? { slug, name: person.data.name } : undefined;
}

/** Static paths of every press detail page in every locale. */
export function pressPaths() {
  return localizedPaths(province.locales, getPress, async (item) => ({
    slug: item.slug,
    props: { item },
    cacheKey: await renderKey('press', item.slug),
  }));
}

/** The photo of a press item in its language (the translation's alt text and caption), if it has one. */
export function pressCover(item: PressItem): Promise<ResolvedImage | undefined> {
  return item.data.cover
    ? resolveImage(item.data.cover, item.imageText.cover, item.imageLang)
    : Promise.resolve(undefined);
}

/** The photos of these press items by slug, for a list that shows them beside the headlines. */
export async function pressCovers(items: readonly PressItem[]): Promise<Map<string, ResolvedImage>> {
  const covers = new Map<string, ResolvedImage>();
  for (const item of items) {
    const cover = await pressCover(item);
    if (cover) covers.set(item.slug, cover);
  }
  return covers;
}
