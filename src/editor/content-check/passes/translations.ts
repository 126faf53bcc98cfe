/** Translations: each translation has its Vietnamese source, matches it item by item, and is not stale; required English exists. */
import type { ProseConcept } from '../../../schemas/registry.ts';
import { sourceFingerprint } from '../../../lib/translation-hash.ts';
import { isRecord } from '../../../lib/is-record.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';
import type { EntryIndex } from './entry-index.ts';
import { at, atField } from './problem.ts';

export const sourceOf = (e: EntryInfo, index: EntryIndex): EntryInfo | undefined =>
  index.versionsOf(e).find((s) => s.lang === 'vi');

/** A translation with no Vietnamese source: most often named after its own title, so the message names the pieces it could translate. */
export function missingSource(e: EntryInfo, c: ProseConcept, index: EntryIndex, m: Messages): ContentProblem {
  const lang = e.lang ?? '';
  const untranslated = [...index.ids(e.scope, e.concept)]
    .filter((slug) => !index.versionsOf({ scope: e.scope, concept: e.concept, slug }).some((v) => v.lang === e.lang))
    .sort();
  return at(e.file, '(file)', m.noSource(`${e.scope}/${c.folder}/vi/${e.slug}.${e.ext}`, lang, untranslated));
}

/**
 * Lists a translation repeats item by item (tasks, gallery…) have as many items as the source's,
 * and so do the lists inside their items (a unit's duties): an unquoted comma in
 * `items: [Lead, follow and report]` makes two duties out of one, and the page shows both.
 */
export function itemCountMismatches(e: EntryInfo, source: EntryInfo, c: ProseConcept, m: Messages): ContentProblem[] {
  const errors: ContentProblem[] = [];
  const compare = (a: unknown, b: unknown, path: string): void => {
    if (!Array.isArray(a) || !Array.isArray(b)) return;
    if (a.length !== b.length) {
      errors.push(atField(e, path, m.itemCount(b.length, a.length)));
      return;
    }
    a.forEach((item: unknown, i) => {
      const mine: unknown = b[i];
      if (!isRecord(item) || !isRecord(mine)) return;
      for (const key of Object.keys(mine)) compare(item[key], mine[key], `${path}[${i + 1}].${key}`);
    });
  };
  for (const field of c.aligned) compare(source.data[field], e.data[field], field);
  return errors;
}

/** A source whose concept (or slug) must be in English, without its English file. */
export function englishMissing(
  e: EntryInfo,
  c: ProseConcept,
  index: EntryIndex,
  m: Messages,
): ContentProblem | undefined {
  const required =
    c.englishRequired === true || (Array.isArray(c.englishRequired) && c.englishRequired.includes(e.slug));
  if (!required || index.versionsOf(e).some((t) => t.lang === 'en')) return undefined;
  return at(e.file, '(translation)', m.englishMissing(`${e.scope}/${c.folder}/en/${e.slug}.md`));
}

/** A translation made from an older Vietnamese text (a warning: it still shows, marked). */
export function staleTranslation(
  e: EntryInfo,
  source: EntryInfo,
  c: ProseConcept,
  m: Messages,
): ContentProblem | undefined {
  const meta = e.data.translation;
  const recorded = isRecord(meta) ? meta.source : undefined;
  const textFields = Object.keys(c.translation.shape).filter((k) => k !== 'translation');
  if (!recorded || recorded === sourceFingerprint(source.data, source.body, textFields)) return undefined;
  return atField(e, 'translation.source', m.stale);
}
