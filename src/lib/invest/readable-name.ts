/**
 * Place names in profiles as a foreign reader can use them: the name in the page's language, else
 * the English one (in Latin letters, without the Vietnamese tone marks a Korean or Khmer reader may
 * not know), else the Vietnamese as written; with the former district or province when the
 * 2025 reorganisation renamed it, so the place can be matched with older documents and maps.
 */
import type { Localized } from '../localize.ts';

/** The name in `lang`, else English, else Vietnamese, and the locale it is in. */
export function readableName(map: Localized, lang: string): { text: string; lang: string } {
  for (const l of [lang, 'en', 'vi']) if (map[l]) return { text: map[l], lang: l };
  return { text: map.vi, lang: 'vi' };
}

/** "Ia Dom Commune, formerly Duc Co District" through the locale's template; the name alone without a former one. */
export function communeLabel(
  commune: string,
  former: string | undefined,
  template: (values: { commune: string; former: string }) => string,
): string {
  return former ? template({ commune, former }) : commune;
}
