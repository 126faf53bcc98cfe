/** Picking text for a locale from `{ vi, en, … }` maps. */
import type { Localized } from '../schemas/localized.ts';

/** The text in `lang`, else the Vietnamese source. */
export function pick(map: Localized, lang: string): string {
  return map[lang] ?? map.vi;
}

/** The text and the locale it is actually in, so a page can mark a fallback with `lang`. */
export function pickWithLang(map: Localized, lang: string): { text: string; lang: string } {
  return lang in map ? { text: map[lang]!, lang } : { text: map.vi, lang: 'vi' };
}
