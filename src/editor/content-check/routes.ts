/** The site paths the content check accepts as link targets, derived from the entries themselves. */
import { concepts, type ConceptName } from '../../schemas/registry.ts';
import { NAV_SECTIONS } from '../../lib/nav.ts';
import type { EntryInfo } from '../../lib/content-check/types.ts';

/** URL path of an entry in a locale, e.g. /en/invest/coffee-processing/. */
export function entryPath(concept: ConceptName, slug: string, lang: string): string {
  const route = concepts[concept].route;
  return route ? `/${lang}/${route}/${slug}/` : `/${lang}/${slug}/`;
}

export function knownPaths(
  entries: readonly EntryInfo<ConceptName>[],
  locales: readonly string[],
  years: readonly number[],
): Set<string> {
  const paths = new Set<string>(['/']);
  for (const lang of locales) {
    paths.add(`/${lang}/`);
    for (const [section] of NAV_SECTIONS) paths.add(`/${lang}/${section}/`);
    for (const extra of ['units', 'legal']) paths.add(`/${lang}/${extra}/`);
    for (const year of years) paths.add(`/${lang}/calendar/${year}/`);
    for (const e of entries) {
      if (e.concept === 'anniversaries') continue;
      if (concepts[e.concept].kind === 'prose' && e.lang !== 'vi') continue;
      paths.add(entryPath(e.concept, e.slug, lang));
    }
  }
  return paths;
}
