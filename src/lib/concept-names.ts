/**
 * The names of the content's concepts (one schema module and one folder each, src/schemas/registry.ts),
 * in the registry's order. A list of words below the schemas, so the content check's messages and the
 * field words table (src/lib) can name a concept without importing the registry, which imports them.
 * The registry `satisfies Record<ConceptName, …>`: a concept added there and not here is a type error.
 */
export const CONCEPT_NAMES = [
  'plans',
  'places',
  'profiles',
  'press',
  'pages',
  'units',
  'people',
  'legal',
  'anniversaries',
  'exchangeRates',
] as const;

export type ConceptName = (typeof CONCEPT_NAMES)[number];
