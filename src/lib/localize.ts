/** Picking text for a locale from `{ vi, en, … }` maps. */
import { chooseByChain } from './fallback-chain.ts';

/**
 * Text per locale, Vietnamese always present: the shape lib needs, declared here so lib does not
 * reach up into the schemas (schemas/localized.ts parses content into it).
 */
export type Localized = { readonly vi: string; readonly [lang: string]: string };

/** The text in `lang`, else the Vietnamese source. */
export function pick(map: Localized, lang: string): string {
  return map[lang] ?? map.vi;
}

/**
 * The text and the locale it is actually in, so a page can mark a fallback with `lang`: the first
 * language of `chain` (from fallbackChain) the map has, Vietnamese when none has.
 */
export function pickWithLang(
  map: Localized,
  lang: string,
  chain: readonly string[] = [lang],
): { text: string; lang: string } {
  const chosen = chooseByChain(chain, (l) => map[l]);
  return chosen ? { text: chosen.value, lang: chosen.lang } : { text: map.vi, lang: 'vi' };
}
