/** The translation collections of the prose concepts (`<concept>I18n`, src/content.config.ts), by concept. */
import { getCollection } from 'astro:content';
import type { ProseName } from './entries.ts';

const TRANSLATIONS = {
  plans: () => getCollection('plansI18n'),
  places: () => getCollection('placesI18n'),
  profiles: () => getCollection('profilesI18n'),
  press: () => getCollection('pressI18n'),
  pages: () => getCollection('pagesI18n'),
} satisfies Record<ProseName, () => Promise<unknown[]>>;

/** Every translation file of a prose concept. */
export const translationsOf = (name: ProseName) => TRANSLATIONS[name]();
