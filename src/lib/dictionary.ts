/** UI string dictionaries: merging per-area files, completeness, interpolation, plurals. */

export type Dictionary = Record<string, string>;

/** Merges the area files of one locale (common.json, invest.json…) into one flat dictionary. */
export function mergeDictionaries(parts: Record<string, unknown>[]): Dictionary {
  const out: Dictionary = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (typeof value !== 'string') throw new Error(`UI string "${key}" must be text, got ${typeof value}`);
      out[key] = value;
    }
  }
  return out;
}

/** Keys the source (Vietnamese) dictionary has and the other lacks. */
export function missingKeys(source: Dictionary, other: Dictionary): string[] {
  return Object.keys(source).filter((key) => !(key in other)).sort();
}

/** Replaces {name} placeholders; an unknown placeholder is left visible so it gets noticed. */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

// Intl objects are slow to construct and pages call tn() often: one per locale for the whole build.
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Picks the plural form of `key` for `count` with Intl.PluralRules: the dictionary holds
 * `key.one`, `key.other` (and `key.few`… where a language needs them).
 */
export function pluralKey(dict: Dictionary, key: string, count: number, intlLocale: string): string {
  let rules = pluralRules.get(intlLocale);
  if (!rules) pluralRules.set(intlLocale, (rules = new Intl.PluralRules(intlLocale)));
  const category = rules.select(count);
  if (`${key}.${category}` in dict) return `${key}.${category}`;
  return `${key}.other`;
}

/** A translate function bound to one dictionary; a missing key throws, naming it. */
export function makeTranslator(dict: Dictionary, lang: string) {
  const intl = dict['locale.intl'] ?? lang;
  const t = (key: string, vars?: Record<string, string | number>): string => {
    const template = dict[key];
    if (template === undefined) throw new Error(`UI string "${key}" is missing in locale "${lang}"`);
    return interpolate(template, vars);
  };
  const numbers = new Intl.NumberFormat(intl);
  const tn = (key: string, count: number, vars: Record<string, string | number> = {}): string =>
    t(pluralKey(dict, key, count, intl), { count: numbers.format(count), ...vars });
  return Object.assign(t, { tn, intl, lang });
}
export type Translator = ReturnType<typeof makeTranslator>;
