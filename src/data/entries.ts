/**
 * The one place pages get prose entries: a piece in a locale is its Vietnamese facts with the
 * translations of the locale's fallback chain (province.yaml `fallbacks`) laid over them field by
 * field: a Khmer file holding only a title and a summary shows those in Khmer, and the body and
 * every other text from the next language of the chain that has them (English, then Vietnamese),
 * each part with its language recorded so the page can label it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dirname } from 'node:path';
import { contentDir, province } from 'virtual:portal';
import { staleTranslationIds } from '../node/stale-translations.ts';
import { z } from 'astro/zod';
import { concepts } from '../schemas/registry.ts';
import { imageText, type ImageText } from '../schemas/image.ts';
import { layerTranslations } from '../lib/merge-translation.ts';
import { conceptKey, renderKey } from './render-keys.ts';
import { combineKeys } from '../lib/render-keys.ts';
import { localizedPaths } from '../lib/localized-paths.ts';
import { chainFor } from './fallback-chain.ts';

export type ProseName = 'plans' | 'places' | 'profiles' | 'press' | 'pages';
type SourceEntry<N extends ProseName> = CollectionEntry<N>;
type AnyEntry = { id: string; body?: string; data: Record<string, unknown> };

export interface LocalizedEntry<N extends ProseName> {
  slug: string;
  /** The locale asked for. */
  lang: string;
  /** The locale the title and summary are in: `lang`, or the fallback chain's first locale that has the piece. */
  textLang: string;
  /** True when no translation into `lang` exists and another language's text is shown. */
  fallback: boolean;
  /** True when the piece exists in `lang` but only in part (e.g. title and summary): the body is in `bodyLang`. */
  partial: boolean;
  /** The locale the body is in: the chain's first locale whose file has a body. */
  bodyLang: string;
  /** The language of each translated top-level field shown (title, summary, budget…); a field not listed is Vietnamese. */
  fieldLangs: Record<string, string>;
  /** For each list a translation repeats item by item (tasks, duties, attachments…), each item's language. */
  itemLangs: Record<string, string[]>;
  /** True when a translation shown, in whole or in part, is a draft (not reviewed by a person). */
  draft: boolean;
  /** True when the Vietnamese text changed after a translation shown was made (its fingerprint differs). */
  stale: boolean;
  /** The shown translation's alt text and captions (its `cover`, its `gallery` item by item); empty for Vietnamese. */
  imageText: { cover?: ImageText; gallery: ImageText[] };
  /** The language of `imageText`. */
  imageLang: string;
  /** Facts from the source, text from the translations, field by field. */
  data: SourceEntry<N>['data'];
  /** The entry whose body is shown (hand it to render()). */
  entry: AnyEntry;
  /** The Vietnamese source entry. */
  source: SourceEntry<N>;
  /** Locales the piece really exists in, Vietnamese first. */
  translatedIn: string[];
}

const cache = new Map<string, Promise<LocalizedEntry<ProseName>[]>>();
/** Image fields of a translation file, read with their schema (the content layer already validated them). */
const translatedImages = z.object({
  cover: imageText.optional().catch(undefined),
  gallery: z.array(imageText).catch([]).default([]),
});
/**
 * Translations whose source changed since, with the content check's fingerprints. Read here, as
 * data, not handed over in virtual:portal: a change to that module is a change of code to Astro's
 * incremental build, which would render every page again after any edit to a Vietnamese source.
 * Whether a translation is stale depends only on its entry's files, which its pages' render keys
 * already cover.
 */
const staleIds = new Set(staleTranslationIds(province, dirname(contentDir)));

async function load<N extends ProseName>(name: N, lang: string): Promise<LocalizedEntry<N>[]> {
  const sources = await getCollection<N, SourceEntry<N>>(name);
  const translations = (await getCollection(`${name}I18n` as never)) as unknown as AnyEntry[];
  const byId = new Map(translations.map((t) => [t.id, t]));
  const aligned = concepts[name].aligned as readonly string[];
  const imageFields = concepts[name].images.map((path) => path.replace(/\[\]$/, ''));
  const chain = chainFor(lang);
  return sources
    .map((source) => {
      const slug = source.id;
      // The translations of the chain that exist, the page's language first; Vietnamese is the source beneath them.
      const layers = chain.flatMap((l) => {
        const tr = l === 'vi' ? undefined : byId.get(`${l}/${slug}`);
        return tr ? [{ lang: l, entry: tr, data: tr.data }] : [];
      });
      const layered = layerTranslations(source.data as Record<string, unknown>, layers, aligned, imageFields);
      // Every translation has a title (its schema requires one), so the first layer is the title's language.
      const textLang = layers[0]?.lang ?? 'vi';
      const withBody = layers.find((l) => (l.entry.body ?? '').trim() !== '');
      const bodyLang = withBody?.lang ?? 'vi';
      const images = layers.find(
        (l) => l.data.cover !== undefined || (Array.isArray(l.data.gallery) && l.data.gallery.length > 0),
      );
      const shownLangs = new Set([
        textLang,
        bodyLang,
        ...Object.values(layered.fieldLangs),
        ...Object.values(layered.itemLangs).flat(),
      ]);
      const shown = layers.filter((l) => shownLangs.has(l.lang));
      const translatedIn = province.locales.filter((l) => l === 'vi' || byId.has(`${l}/${slug}`));
      return {
        slug,
        lang,
        textLang,
        fallback: textLang !== lang,
        partial: textLang === lang && bodyLang !== lang,
        bodyLang,
        fieldLangs: layered.fieldLangs,
        itemLangs: layered.itemLangs,
        draft: shown.some((l) => (l.data.translation as { status: string } | undefined)?.status === 'draft'),
        stale: shown.some((l) => staleIds.has(`${name}/${l.lang}/${slug}`)),
        imageText: translatedImages.parse(images?.data ?? {}),
        imageLang: images?.lang ?? 'vi',
        data: layered.data as SourceEntry<N>['data'],
        entry: withBody?.entry ?? source,
        source,
        translatedIn,
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every entry of a prose concept as shown in `lang` (fallbacks included, flagged). */
export function getLocalized<N extends ProseName>(name: N, lang: string): Promise<LocalizedEntry<N>[]> {
  const key = `${name}:${lang}`;
  if (!cache.has(key)) cache.set(key, load(name, lang));
  return cache.get(key)!;
}

/**
 * Static paths for a detail page: every entry in every locale, keyed for the incremental build.
 * `dependsOn`: concepts the page also reads every entry of (a place lists the profiles near it).
 */
export async function localizedStaticPaths<N extends ProseName>(name: N, dependsOn: readonly ProseName[] = []) {
  const extra = await Promise.all(dependsOn.map((n) => conceptKey(n)));
  return localizedPaths(
    province.locales,
    (lang) => getLocalized(name, lang),
    async (item) => {
      const own = await renderKey(name, item.slug);
      return { slug: item.slug, props: { item }, cacheKey: extra.length ? combineKeys([own, ...extra]) : own };
    },
  );
}
