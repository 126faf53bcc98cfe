/**
 * Lays a translation's text over the source's facts; aligned lists are merged item by item. Fields
 * in `keep` stay as the source has them (image fields: a translation holds only its alt text and
 * captions there, which the image layer reads with their language).
 */
import { alignedLangs } from './aligned-langs.ts';
import { isRecord } from './is-record.ts';

type Obj = Record<string, unknown>;

/**
 * A value the translation does not really give: absent, or an empty list (a translation schema
 * defaults its lists to [], so "[]" means "not translated", never "the source's list is wrong").
 */
const untranslated = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

export function mergeTranslation<T extends Obj>(
  source: T,
  translation: Obj | undefined,
  aligned: readonly string[],
  keep: readonly string[] = [],
): T {
  if (!translation) return source;
  const text: Obj = {};
  for (const [key, value] of Object.entries(translation)) {
    if (key === 'translation' || keep.includes(key) || untranslated(value)) continue;
    const base = source[key];
    if (aligned.includes(key) && Array.isArray(base) && Array.isArray(value)) {
      text[key] = base.map((item: unknown, i) => {
        const mine: unknown = value[i];
        return isRecord(item) && isRecord(mine) ? { ...item, ...mine } : (mine ?? item);
      });
    } else {
      text[key] = value;
    }
  }
  // The translation schema's fields are the source's text fields with the same types: laid over
  // the source, the result still has the source's shape.
  return Object.assign({ ...source }, text);
}

/** One language's translation file, as a layer of the fallback chain. */
export interface TranslationLayer {
  lang: string;
  data: Obj;
}

export interface Layered<T> {
  /** The source's facts with, field by field, the text of the first language of the chain that has it. */
  data: T;
  /** The language each translated top-level field is shown in; a field not listed is the Vietnamese source's. */
  fieldLangs: Record<string, string>;
  /** For each aligned list, the language of each item shown ('vi' where no layer has it). */
  itemLangs: Record<string, string[]>;
}

/**
 * Lays translations over the source along a fallback chain, field by field: `layers` in the
 * chain's order (the page's language first, Vietnamese left out), so a Khmer file holding only a
 * title and a summary shows those in Khmer and everything else from English, then Vietnamese.
 */
export function layerTranslations<T extends Obj>(
  source: T,
  layers: readonly TranslationLayer[],
  aligned: readonly string[],
  keep: readonly string[] = [],
): Layered<T> {
  let data = source;
  const fieldLangs: Record<string, string> = {};
  const itemLangs: Record<string, string[]> = {};
  for (const key of aligned) {
    const list = source[key];
    if (Array.isArray(list)) itemLangs[key] = list.map(() => 'vi');
  }
  // From the end of the chain to its start, so the page's own language is laid last and wins.
  for (const { lang, data: translation } of [...layers].reverse()) {
    data = mergeTranslation(data, translation, aligned, keep);
    for (const [key, value] of Object.entries(translation)) {
      if (key === 'translation' || keep.includes(key) || untranslated(value)) continue;
      const langs = itemLangs[key];
      if (langs) {
        alignedLangs(value, langs.length, lang).forEach((l, i) => {
          if (l !== 'vi') langs[i] = l;
        });
      } else {
        fieldLangs[key] = lang;
      }
    }
  }
  return { data, fieldLangs, itemLangs };
}
