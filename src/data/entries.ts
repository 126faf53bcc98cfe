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
import {
  rememberedStaleIds,
  STALE_MEMO_VARIABLE,
  staleCodeIdentity,
  staleTranslationsOf,
} from '../node/stale-translations.ts';
import type { KeyedPiece } from '../lib/stale-memo.ts';
import { z } from 'astro/zod';
import { conceptNames, concepts } from '../schemas/registry.ts';
import { imageText } from '../schemas/image.ts';
import type { EntryFile as AnyEntry, LocalizedEntry as EntryView } from '../lib/views/localized-entry.ts';
import { layerTranslations } from '../lib/merge-translation.ts';
import { isRecord } from '../lib/is-record.ts';
import { conceptKey, renderKey } from './render-keys.ts';
import { combineKeys } from '../lib/render-keys.ts';
import { localizedPaths } from '../lib/localized-paths.ts';
import { chainFor } from './fallback-chain.ts';
import { translationsOf } from './translations.ts';

export type ProseName = 'plans' | 'places' | 'profiles' | 'press' | 'pages';
type SourceEntry<N extends ProseName> = CollectionEntry<N>;

/** A prose entry in one locale, its data and source typed by the collection. */
export type LocalizedEntry<N extends ProseName> = EntryView<SourceEntry<N>['data'], SourceEntry<N>>;

/** One cache per concept, so each keeps its entries' type: concept → locale → entries. */
type Caches = { [N in ProseName]: Map<string, Promise<LocalizedEntry<N>[]>> };
const caches: Caches = { plans: new Map(), places: new Map(), profiles: new Map(), press: new Map(), pages: new Map() };
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
let staleIds: Promise<Set<string>> | undefined;
/** What the content layer records of an entry's file. */
type FiledEntry = { id: string; digest?: string | number; filePath?: string };
const proseNames = conceptNames.filter((n): n is ProseName => concepts[n].kind === 'prose');
const staleTranslations = () =>
  (staleIds ??= (async () => {
    // Remembered between builds piece by piece, under a key of the piece's files (the content
    // layer's digests) and of the code that judges them: a rebuild reads and parses only the files
    // of the pieces that changed.
    const pieces: (KeyedPiece & { files: string[] })[] = [];
    for (const name of proseNames) {
      const folder = `${province.id}/${concepts[name].folder}`;
      const bySlug = new Map<string, FiledEntry[]>();
      for (const t of await translationsOf(name)) {
        const slug = t.id.slice(t.id.indexOf('/') + 1);
        bySlug.set(slug, [...(bySlug.get(slug) ?? []), t]);
      }
      for (const source of await getCollection(name)) {
        const files = [source, ...(bySlug.get(source.id) ?? [])].map((e) => {
          if (!e.filePath) throw new Error(`${name}/${e.id}: the content layer gave no file path`);
          return {
            digest: `${e.id}:${e.digest ?? ''}`,
            path: `${folder}/${e.filePath.split('/').slice(-2).join('/')}`,
          };
        });
        const key = combineKeys(files.map((f) => f.digest).sort());
        pieces.push({ id: `${name}/${source.id}`, key, files: files.map((f) => f.path) });
      }
    }
    const filesOf = new Map(pieces.map((p) => [p.id, p.files]));
    const code = combineKeys([staleCodeIdentity(), JSON.stringify(province.locales)]);
    const ids = rememberedStaleIds(process.env[STALE_MEMO_VARIABLE], code, pieces, (changed) =>
      staleTranslationsOf(
        province,
        dirname(contentDir),
        changed.flatMap((id) => filesOf.get(id) ?? []),
      ),
    );
    return new Set(ids);
  })());

async function load<N extends ProseName>(name: N, lang: string): Promise<LocalizedEntry<N>[]> {
  const sources = await getCollection<N, SourceEntry<N>>(name);
  const translations: AnyEntry[] = await translationsOf(name);
  const staleIds = await staleTranslations();
  const byId = new Map(translations.map((t) => [t.id, t]));
  const aligned: readonly string[] = concepts[name].aligned;
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
      const layered = layerTranslations(source.data, layers, aligned, imageFields);
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
        draft: shown.some((l) => isRecord(l.data.translation) && l.data.translation.status === 'draft'),
        stale: shown.some((l) => staleIds.has(`${name}/${l.lang}/${slug}`)),
        imageText: translatedImages.parse(images?.data ?? {}),
        imageLang: images?.lang ?? 'vi',
        data: layered.data,
        entry: withBody?.entry ?? source,
        source,
        translatedIn,
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every entry of a prose concept as shown in `lang` (fallbacks included, flagged). */
export function getLocalized<N extends ProseName>(name: N, lang: string): Promise<LocalizedEntry<N>[]> {
  const byLang: Caches[N] = caches[name];
  const cached = byLang.get(lang);
  if (cached) return cached;
  const loading = load(name, lang);
  byLang.set(lang, loading);
  return loading;
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
