/** A promotion piece as its page shows it: the localized entry with its pictures resolved and its links named. */
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { resolveImage, type ResolvedImage } from './images.ts';
import type { PlaceCard as Card, PlaceLink } from '../lib/views/places.ts';

type PlaceItem = LocalizedEntry<'places'>;
/** A piece in a list: the entry with its cover resolved. */
export type PlaceCard = Card<PlaceItem['data'], PlaceItem['source']>;

export interface PlaceView {
  item: LocalizedEntry<'places'>;
  cover: ResolvedImage;
  gallery: ResolvedImage[];
  related: PlaceLink[];
  plans: PlaceLink[];
}

export async function placeView(item: LocalizedEntry<'places'>): Promise<PlaceView> {
  const { lang, data } = item;
  const places = await getLocalized('places', lang);
  const plans = data.plans.length ? await getLocalized('plans', lang) : [];
  const title = (list: { slug: string; data: { title: string } }[], slug: string) =>
    list.find((p) => p.slug === slug)?.data.title;
  return {
    item,
    cover: await resolveImage(data.cover, item.imageText.cover, item.imageLang),
    gallery: await Promise.all(data.gallery.map((g, i) => resolveImage(g, item.imageText.gallery[i], item.imageLang))),
    related: data.related.flatMap((slug) => {
      const t = title(places, slug);
      return t ? [{ slug, title: t }] : [];
    }),
    plans: data.plans.flatMap((slug) => {
      const t = title(plans, slug);
      return t ? [{ slug, title: t }] : [];
    }),
  };
}

const cards = new Map<string, Promise<PlaceCard[]>>();

/** Every piece in `lang` with its cover resolved, for lists and the home page (resolved once per locale). */
export function placeCards(lang: string): Promise<PlaceCard[]> {
  const cached = cards.get(lang);
  if (cached) return cached;
  const resolving = getLocalized('places', lang).then((items) =>
    Promise.all(
      items.map(async (item) => ({
        item,
        cover: await resolveImage(item.data.cover, item.imageText.cover, item.imageLang),
      })),
    ),
  );
  cards.set(lang, resolving);
  return resolving;
}
