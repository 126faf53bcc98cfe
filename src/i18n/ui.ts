/** UI strings for pages and components: t(key), tn(key, count), language names. */
import { makeTranslator, mergeDictionaries, type Translator } from '../lib/dictionary.ts';

/** Every UI key, as the Vietnamese dictionary (the source every locale is checked against) spells it. */
export type UiKey =
  | keyof typeof import('./locales/vi/common.json')
  | keyof typeof import('./locales/vi/invest.json')
  | keyof typeof import('./locales/vi/journalist.json')
  | keyof typeof import('./locales/vi/places.json')
  | keyof typeof import('./locales/vi/plans.json')
  | keyof typeof import('./locales/vi/search.json');

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

const byLang = new Map<string, Record<string, unknown>[]>();
for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  // ./locales/<lang>/<part>.json
  const lang = path.split('/').at(2);
  if (!lang) throw new Error(`${path}: not under src/i18n/locales/<lang>/`);
  byLang.set(lang, [...(byLang.get(lang) ?? []), data]);
}

const cache = new Map<string, Translator<UiKey>>();

/** The translator of a locale (its dictionary was checked complete when the config loaded). */
export function useTranslations(lang: string): Translator<UiKey> {
  let t = cache.get(lang);
  if (!t) {
    const parts = byLang.get(lang);
    if (!parts) throw new Error(`No UI strings for locale "${lang}" in src/i18n/locales/${lang}/`);
    t = makeTranslator<UiKey>(mergeDictionaries(parts), lang);
    cache.set(lang, t);
  }
  return t;
}

/** A language's name in its own language ("Tiếng Việt", "ភាសាខ្មែរ"). */
export const languageName = (lang: string): string => useTranslations(lang)('locale.name');
