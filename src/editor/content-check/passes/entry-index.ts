/**
 * Lookups the per-entry passes share, built once: with thousands of entries, scanning the list per
 * reference is quadratic (the check took 16 s at 10,000 entries).
 */
import type { ContentFile, EntryInfo } from '../../../lib/content-check/types.ts';

export interface EntryIndex {
  /** Every path under content/. */
  present: ReadonlySet<string>;
  /** Slugs of the Vietnamese entries of a concept a province can name (its own and the national ones). */
  ids(scope: string, concept: string): Set<string>;
  /** Every language version of the piece `e` belongs to (the source and its translations). */
  versionsOf(e: Pick<EntryInfo, 'scope' | 'concept' | 'slug'>): EntryInfo[];
  /** Files of a province folder (images/, files/), as entries name them: "images/ho.jpg". */
  filesIn(scope: string, folder: string): string[];
}

export function indexEntries(
  files: readonly ContentFile[],
  entries: readonly EntryInfo[],
  present: ReadonlySet<string>,
): EntryIndex {
  const idSets = new Map<string, Set<string>>();
  const versions = new Map<string, EntryInfo[]>();
  for (const e of entries) {
    const key = `${e.scope}/${e.concept}/${e.slug}`;
    versions.set(key, [...(versions.get(key) ?? []), e]);
  }
  return {
    present,
    ids(scope, concept) {
      const key = `${scope}/${concept}`;
      let set = idSets.get(key);
      if (!set)
        idSets.set(
          key,
          (set = new Set(
            entries
              .filter(
                (e) =>
                  e.concept === concept && (e.lang ?? 'vi') === 'vi' && (e.scope === scope || e.scope === 'national'),
              )
              .map((e) => e.slug),
          )),
        );
      return set;
    },
    versionsOf: (e) => versions.get(`${e.scope}/${e.concept}/${e.slug}`) ?? [],
    filesIn: (scope, folder) =>
      files.filter((f) => f.path.startsWith(`${scope}/${folder}/`)).map((f) => f.path.slice(scope.length + 1)),
  };
}
