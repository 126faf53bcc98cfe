/**
 * Content collections of the province being built (PORTAL_PROVINCE, set by astro.config.mjs).
 * Each prose concept has two collections: the Vietnamese source (every fact) and its
 * translations (text only). Schemas live in src/schemas/; the content check (scripts/check.ts)
 * runs the same schemas before every build with messages for editors.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { concepts, type DataConcept, type ProseConcept } from './schemas/registry.ts';
import { datesToIso } from './lib/yaml-dates.ts';

const province = process.env.PORTAL_PROVINCE ?? 'gia-lai';
// Tests and the benchmark point the build at another content folder.
const root = process.env.CONTENT_DIR ?? './content';
const fileSlug = (entry: string) => entry.split('/').pop()!.replace(/\.(mdx?|ya?ml)$/, '');
const withIsoDates = (schema: z.ZodType) => z.preprocess(datesToIso, schema);

function proseCollections(name: string, c: ProseConcept) {
  const ext = c.extensions.length > 1 ? `{${c.extensions.join(',')}}` : c.extensions[0];
  return {
    [name]: defineCollection({
      loader: glob({ base: `${root}/${province}/${c.folder}`, pattern: `vi/*.${ext}`, generateId: ({ entry }) => fileSlug(entry) }),
      schema: withIsoDates(c.source),
    }),
    [`${name}I18n`]: defineCollection({
      loader: glob({
        base: `${root}/${province}/${c.folder}`,
        pattern: [`*/*.${ext}`, `!vi/*`],
        generateId: ({ entry }) => `${entry.split('/')[0]}/${fileSlug(entry)}`,
      }),
      schema: withIsoDates(c.translation),
    }),
  };
}

function dataCollection(name: string, c: DataConcept) {
  const patterns = {
    province: [`${province}/${c.folder}/*.yaml`],
    national: [`national/${c.folder}/*.yaml`],
    both: [`national/${c.folder}/*.yaml`, `${province}/${c.folder}/*.yaml`],
  }[c.scope];
  return {
    [name]: defineCollection({
      loader: glob({ base: root, pattern: patterns, generateId: ({ entry }) => fileSlug(entry) }),
      schema: withIsoDates(c.schema),
    }),
  };
}

export const collections = Object.assign(
  {},
  ...Object.entries(concepts).map(([name, c]) =>
    c.kind === 'prose' ? proseCollections(name, c as ProseConcept) : dataCollection(name, c as DataConcept),
  ),
);
