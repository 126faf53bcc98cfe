/**
 * The keys that let Astro's incremental build copy a page from the last build instead of rendering
 * it (see src/lib/render-keys.ts for what a key covers). Computed once per build from the digests
 * the content layer keeps for every file.
 */
import { getCollection } from 'astro:content';
import { buildDate, province } from 'virtual:portal';
import { concepts, conceptNames, type ConceptName } from '../schemas/registry.ts';
import { valuesAt } from '../lib/content-check/refs.ts';
import { combineKeys, dateFacts, entryKeys, type KeyedEntry } from '../lib/render-keys.ts';
import { getRecords } from './records.ts';
import type { ProseName } from './entries.ts';
import { translationsOf } from './translations.ts';

type Digested = { id: string; digest?: string | number; data: Record<string, unknown> };
const proseNames = conceptNames.filter((n): n is ProseName => concepts[n].kind === 'prose');
type DataConceptName = Exclude<ConceptName, ProseName>;
const dataNames = conceptNames.filter((n): n is DataConceptName => concepts[n].kind === 'data');

const digestsOf = (entries: Digested[]) => entries.map((e) => `${e.id}:${e.digest ?? JSON.stringify(e.data)}`).sort();

async function load() {
  // Everything every keyed page may show: the province, what follows from the build date (not the
  // date itself, which would re-render every page on a new day), and all data records (units,
  // people, legal documents, anniversaries, exchange rates are few and widely shown).
  const people = (await getRecords('people')).map(({ id, data }) => ({
    id,
    from: data.from,
    ...(data.to ? { to: data.to } : {}),
  }));
  const siteParts = [JSON.stringify(province), ...dateFacts(buildDate, people)];
  for (const name of dataNames) siteParts.push(name, ...digestsOf(await getCollection(name)));
  const siteKey = combineKeys(siteParts);

  const entries: KeyedEntry[] = [];
  const plansFacts: string[] = [];
  const conceptKeys = new Map<ProseName, string>();
  for (const name of proseNames) {
    const sources: Digested[] = await getCollection(name);
    const translations: Digested[] = await translationsOf(name);
    const bySlug = new Map<string, string[]>();
    for (const t of translations) {
      const slug = t.id.slice(t.id.indexOf('/') + 1);
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), ...digestsOf([t])]);
    }
    for (const s of sources) {
      const refs = concepts[name].refs.flatMap(([path, target]) =>
        concepts[target].kind === 'prose' ? valuesAt(s.data, path).map((v) => `${target}/${v.value}`) : [],
      );
      entries.push({ id: `${name}/${s.id}`, digests: [...digestsOf([s]), ...(bySlug.get(s.id) ?? []).sort()], refs });
      // Plans also link each other by number (a basis naming "38/KH-UBND"), so a plan page's chain
      // depends on the facts and titles of every plan, though not on their bodies.
      if (name === 'plans') plansFacts.push(s.id, JSON.stringify(s.data));
    }
    if (name === 'plans') for (const t of translations) plansFacts.push(t.id, JSON.stringify(t.data.title ?? ''));
    conceptKeys.set(name, combineKeys([siteKey, ...digestsOf(sources), ...digestsOf(translations)]));
  }
  const keys = entryKeys(entries, siteKey);
  return { siteKey, keys, conceptKeys, plansKey: combineKeys(plansFacts) };
}

let loaded: ReturnType<typeof load> | undefined;

/** The render key of a prose entry's detail page (the same in every locale). */
export async function renderKey(name: ProseName, slug: string): Promise<string> {
  loaded ??= load();
  const { keys, plansKey } = await loaded;
  const key = keys.get(`${name}/${slug}`);
  if (!key) throw new Error(`renderKey: no entry ${name}/${slug}`);
  return name === 'plans' ? combineKeys([key, plansKey]) : key;
}

/**
 * The render key of a page that shows only site-wide facts (the province, the data records, the
 * year and who is in office) and these `extra` facts of its own: a calendar year, or the build
 * date itself for a page that prints it.
 */
export async function siteKey(...extra: string[]): Promise<string> {
  loaded ??= load();
  return combineKeys([(await loaded).siteKey, ...extra]);
}

/** The render key of a page made from every entry of a concept (an investment facet, a unit's tasks). */
export async function conceptKey(name: ProseName, ...extra: string[]): Promise<string> {
  loaded ??= load();
  const key = (await loaded).conceptKeys.get(name);
  if (key === undefined) throw new Error(`conceptKey: no concept ${name}`);
  return combineKeys([key, ...extra]);
}

/** The render key of a page listing these entries (a press listing page, say). */
export async function listingKey(name: ProseName, slugs: readonly string[], extra: readonly string[]): Promise<string> {
  return combineKeys([...extra, ...(await Promise.all(slugs.map((s) => renderKey(name, s))))]);
}
