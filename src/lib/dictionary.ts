/** UI string dictionaries: merging per-area files, completeness, interpolation, plurals. */
import { group } from './regex-group.ts';

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
  return Object.keys(source)
    .filter((key) => !(key in other))
    .sort();
}

/** The {name} placeholders a template uses, sorted and without repeats. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => group(m, 1)))].sort();
}

/** Keys whose placeholders in `other` differ from the source's (a {count} dropped or misspelt in translation). */
export function placeholderMismatches(source: Dictionary, other: Dictionary): string[] {
  return Object.entries(source)
    .filter(([key, text]) => {
      const theirs = other[key];
      return theirs !== undefined && placeholders(text).join() !== placeholders(theirs).join();
    })
    .map(([key]) => key)
    .sort();
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

/** The base keys of plural families: 'invest.count' for 'invest.count.one' and 'invest.count.other'. */
export type PluralBase<K extends string> = string extends K ? string : K extends `${infer Base}.other` ? Base : never;

/**
 * A translate function bound to one dictionary; a missing key throws, naming it. `K` is the set
 * of keys callers may name (the Vietnamese dictionary's, for pages), so a misspelt key is a type error.
 */
export function makeTranslator<K extends string = string>(dict: Dictionary, lang: string) {
  const intl = dict['locale.intl'] ?? lang;
  const lookup = (key: string, vars?: Record<string, string | number>): string => {
    const template = dict[key];
    if (template === undefined) throw new Error(`UI string "${key}" is missing in locale "${lang}"`);
    return interpolate(template, vars);
  };
  const t = (key: K, vars?: Record<string, string | number>): string => lookup(key, vars);
  const numbers = new Intl.NumberFormat(intl);
  const tn = (key: PluralBase<K>, count: number, vars: Record<string, string | number> = {}): string =>
    lookup(pluralKey(dict, key, count, intl), { count: numbers.format(count), ...vars });
  return Object.assign(t, { tn, intl, lang });
}
export type Translator<K extends string = string> = ReturnType<typeof makeTranslator<K>>;
