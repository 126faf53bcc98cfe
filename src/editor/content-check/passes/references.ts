/** References: every slug a source names (a unit, a plan, a spokesperson…) exists. */
import { concepts, type ConceptName } from '../../../schemas/registry.ts';
import { valuesAt } from '../../../lib/content-check/refs.ts';
import { closest } from '../../../lib/content-check/suggest.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';
import type { EntryIndex } from './entry-index.ts';
import { atField } from './problem.ts';

/** Checked on the source only: translations carry no references. */
export function unknownReferences(e: EntryInfo<ConceptName>, index: EntryIndex, m: Messages): ContentProblem[] {
  const errors: ContentProblem[] = [];
  for (const [path, target] of concepts[e.concept].refs) {
    const known = index.ids(e.scope, target);
    for (const ref of valuesAt(e.data, path)) {
      if (known.has(ref.value)) continue;
      const folder = target === 'legal' ? 'national/legal' : `${e.scope}/${concepts[target].folder}`;
      errors.push(
        atField(e, ref.field, m.unknownRef(ref.value, m.concepts[target], folder, closest(ref.value, known))),
      );
    }
  }
  return errors;
}
