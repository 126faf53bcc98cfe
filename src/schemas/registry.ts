/**
 * Every concept the portal publishes, in one table: where its files live, which schema checks
 * them, which fields point at other entries, and which pages show it. Content collections, the
 * content check, the scaffolder, the CMS config and the translation report all read it.
 */
import type { z } from 'astro/zod';
import { CONCEPT_NAMES, type ConceptName } from '../lib/concept-names.ts';
import { planSource, planTranslation } from './plan.ts';
import { placeSource, placeTranslation } from './place.ts';
import { profileSource, profileTranslation } from './profile.ts';
import { pressSource, pressTranslation } from './press.ts';
import { pageSource, pageTranslation } from './page.ts';
import { unitSchema } from './unit.ts';
import { personSchema } from './person.ts';
import { legalSchema } from './legal.ts';
import { anniversarySchema } from './anniversary.ts';
import { exchangeRateSchema } from './exchange-rate.ts';

/** A field that names another entry: a path such as "tasks[].partners[]" and the concept it names. */
export type RefSpec = readonly [path: string, target: RefTarget];

/** Concepts a reference may name (spelled out: a type taken from `concepts` would be circular). */
export type RefTarget =
  | 'plans'
  | 'places'
  | 'profiles'
  | 'press'
  | 'pages'
  | 'units'
  | 'people'
  | 'legal'
  | 'anniversaries'
  | 'exchangeRates';

export interface ProseConcept {
  kind: 'prose';
  /** Folder under content/<province>/. */
  folder: string;
  /** File extensions editors may use; MDX only where pieces need components. */
  extensions: readonly ('md' | 'mdx')[];
  /** URL segment under /<lang>/ ('' for top-level pages such as /en/about/). */
  route: string;
  /** Schema of the Vietnamese source file: every fact and the Vietnamese text. */
  source: z.ZodObject;
  /** Schema of a translation: text only, so it cannot restate a fact. */
  translation: z.ZodObject;
  /** List fields a translation repeats item by item, in the source's order. */
  aligned: readonly string[];
  refs: readonly RefSpec[];
  /** Slugs that must exist in English (true: every entry). */
  englishRequired: boolean | readonly string[];
  /** Field paths holding images: src and Vietnamese alt in the source, each translation's alt at the same path in its file. */
  images: readonly string[];
}

export interface DataConcept {
  kind: 'data';
  folder: string;
  route: string;
  schema: z.ZodType;
  /** Lives once under content/national/ (and, for anniversaries, also per province). */
  scope: 'province' | 'national' | 'both';
  refs: readonly RefSpec[];
}

export const concepts = {
  plans: {
    kind: 'prose',
    folder: 'plans',
    extensions: ['md'],
    route: 'plans',
    source: planSource,
    translation: planTranslation,
    aligned: ['tasks', 'duties', 'reportingDeadlines', 'recipients'],
    refs: [
      ['issuer', 'units'],
      ['tasks[].lead', 'units'],
      ['tasks[].coLeads[]', 'units'],
      ['tasks[].partners[]', 'units'],
      ['duties[].unit', 'units'],
      ['basis[].legal', 'legal'],
      ['basis[].plan', 'plans'],
      ['implements[].legal', 'legal'],
      ['implements[].plan', 'plans'],
    ],
    englishRequired: false,
    images: [],
  },
  places: {
    kind: 'prose',
    folder: 'places',
    extensions: ['mdx', 'md'],
    route: 'places',
    source: placeSource,
    translation: placeTranslation,
    aligned: ['gallery'],
    refs: [
      ['related[]', 'places'],
      ['plans[]', 'plans'],
    ],
    englishRequired: false,
    images: ['cover', 'gallery[]'],
  },
  profiles: {
    kind: 'prose',
    folder: 'profiles',
    extensions: ['md'],
    route: 'invest',
    source: profileSource,
    translation: profileTranslation,
    aligned: ['incentives', 'attachments'],
    refs: [['contact', 'units']],
    englishRequired: true,
    images: [],
  },
  press: {
    kind: 'prose',
    folder: 'press',
    extensions: ['md'],
    route: 'press',
    source: pressSource,
    translation: pressTranslation,
    aligned: ['attachments'],
    refs: [['spokesperson', 'people']],
    englishRequired: false,
    images: ['cover'],
  },
  pages: {
    kind: 'prose',
    folder: 'pages',
    extensions: ['md'],
    route: '',
    source: pageSource,
    translation: pageTranslation,
    aligned: [],
    refs: [],
    englishRequired: ['about'],
    images: [],
  },
  units: {
    kind: 'data',
    folder: 'units',
    route: 'units',
    schema: unitSchema,
    scope: 'province',
    refs: [
      ['parent', 'units'],
      ['successors[]', 'units'],
    ],
  },
  people: {
    kind: 'data',
    folder: 'people',
    route: 'spokespeople',
    schema: personSchema,
    scope: 'province',
    refs: [['unit', 'units']],
  },
  legal: { kind: 'data', folder: 'legal', route: 'legal', schema: legalSchema, scope: 'national', refs: [] },
  anniversaries: {
    kind: 'data',
    folder: 'anniversaries',
    route: 'calendar',
    schema: anniversarySchema,
    scope: 'both',
    refs: [],
  },
  /** Rates investment profiles convert their capital with (shown beside the USD figure). */
  exchangeRates: {
    kind: 'data',
    folder: 'exchange-rates',
    route: 'invest',
    schema: exchangeRateSchema,
    scope: 'national',
    refs: [],
  },
} as const satisfies Record<ConceptName, ProseConcept | DataConcept>;

export type { ConceptName };
export const conceptNames: readonly ConceptName[] = CONCEPT_NAMES;
