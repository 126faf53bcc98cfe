/** Press releases, statements and conferences in a locale, newest first, with their spokesperson. */
import { province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { getRecord } from './records.ts';
import { renderKey } from './render-keys.ts';
import { newestFirst } from '../lib/press.ts';

export type PressItem = LocalizedEntry<'press'>;

const sorted = new Map<string, Promise<PressItem[]>>();

/** Every press item in `lang`, newest first (sorted once per locale; callers must not mutate it). */
export function getPress(lang: string): Promise<PressItem[]> {
  if (!sorted.has(lang))
    sorted.set(lang, getLocalized('press', lang).then((items) => newestFirst(items.map((item) => ({ date: item.data.date, slug: item.slug, item }))).map((x) => x.item)));
  return sorted.get(lang)!;
}

/** The spokesperson a press item names: name and slug, for a link to the directory. */
export async function pressSpokesperson(slug: string | undefined): Promise<{ slug: string; name: string } | undefined> {
  if (!slug) return undefined;
  const person = await getRecord('people', slug);
  return person ? { slug, name: person.data.name } : undefined;
}

/** Static paths of every press detail page in every locale. */
export async function pressPaths() {
  const paths = [];
  for (const lang of province.locales) for (const item of await getPress(lang)) paths.push({ params: { lang, slug: item.slug }, props: { item }, cacheKey: await renderKey('press', item.slug) });
  return paths;
}
