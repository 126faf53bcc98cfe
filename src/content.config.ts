/**
 * Content collections of the province being built (PORTAL_PROVINCE, set by astro.config.mjs).
 * Each prose concept has two collections: the Vietnamese source (every fact) and its
 * translations (text only). Schemas live in src/schemas/; the content check (scripts/check.ts)
 * runs the same schemas before every build with messages for editors.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename } from 'node:path';
import { z } from 'astro/zod';
import { concepts, type DataConcept, type ProseConcept } from './schemas/registry.ts';
import { datesToIso } from './lib/yaml-dates.ts';
import { useBuildDateWindow } from './node/date-window.ts';

// Dates are judged against the same window as in the content check.
useBuildDateWindow();
const province = process.env.PORTAL_PROVINCE ?? 'gia-lai';
// Tests and the benchmark point the build at another content folder.
const root = process.env.CONTENT_DIR ?? './content';
/** The file's name without its extension: `vi/ke-hoach-1.md` → `ke-hoach-1`. */
const fileSlug = (entry: string) => basename(entry).replace(/\.(mdx?|ya?ml)$/, '');
const withIsoDates = <T extends z.ZodType>(schema: T) => z.preprocess(datesToIso, schema);

/**
 * Generic in the concept's schemas themselves, so each collection's entries are typed by its own
 * schema (the concept's `source: z.ZodObject` alone would type them all alike).
 */
function proseCollections<S extends ProseConcept['source'], T extends ProseConcept['translation']>(
  c: Omit<ProseConcept, 'source' | 'translation'> & { source: S; translation: T },
) {
  const ext = c.extensions.length > 1 ? `{${c.extensions.join(',')}}` : c.extensions[0];
  return {
    source: defineCollection({
      loader: glob({
        base: `${root}/${province}/${c.folder}`,
        pattern: `vi/*.${ext}`,
        generateId: ({ entry }) => fileSlug(entry),
      }),
      schema: withIsoDates(c.source),
    }),
    translations: defineCollection({
      loader: glob({
        base: `${root}/${province}/${c.folder}`,
        pattern: [`*/*.${ext}`, `!vi/*`],
        generateId: ({ entry }) => `${entry.split('/')[0]}/${fileSlug(entry)}`,
      }),
      schema: withIsoDates(c.translation),
    }),
  };
}

function dataCollection<S extends DataConcept['schema']>(c: Omit<DataConcept, 'schema'> & { schema: S }) {
  const patterns = {
    province: [`${province}/${c.folder}/*.yaml`],
    national: [`national/${c.folder}/*.yaml`],
    both: [`national/${c.folder}/*.yaml`, `${province}/${c.folder}/*.yaml`],
  }[c.scope];
  return defineCollection({
    loader: glob({ base: root, pattern: patterns, generateId: ({ entry }) => fileSlug(entry) }),
    schema: withIsoDates(c.schema),
  });
}

const plans = proseCollections(concepts.plans);
const places = proseCollections(concepts.places);
const profiles = proseCollections(concepts.profiles);
const press = proseCollections(concepts.press);
const pages = proseCollections(concepts.pages);

export const collections = {
  plans: plans.source,
  plansI18n: plans.translations,
  places: places.source,
  placesI18n: places.translations,
  profiles: profiles.source,
  profilesI18n: profiles.translations,
  press: press.source,
  pressI18n: press.translations,
  pages: pages.source,
  pagesI18n: pages.translations,
  units: dataCollection(concepts.units),
  people: dataCollection(concepts.people),
  legal: dataCollection(concepts.legal),
  anniversaries: dataCollection(concepts.anniversaries),
  exchangeRates: dataCollection(concepts.exchangeRates),
};
