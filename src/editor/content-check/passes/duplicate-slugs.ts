/** Duplicates: the same slug twice (x.md beside x.mdx, or a national and a provincial event). */
import { concepts, type ConceptName } from '../../../schemas/registry.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';
import { at } from './problem.ts';

/** Events (data concepts of both scopes) share one namespace across national and provincial folders. */
const scopeKeyOf = (e: EntryInfo<ConceptName>): string => {
  const c = concepts[e.concept];
  return c.kind === 'data' && c.scope === 'both' ? 'shared' : e.scope;
};

export function duplicateSlugs(entries: readonly EntryInfo<ConceptName>[], m: Messages): ContentProblem[] {
  const seen = new Map<string, string>();
  const errors: ContentProblem[] = [];
  // National entries first, so the message points at the provincial copy.
  for (const e of [...entries].sort((a, b) => Number(a.scope !== 'national') - Number(b.scope !== 'national'))) {
    const key = `${scopeKeyOf(e)}/${e.concept}/${e.lang ?? ''}/${e.slug}`;
    const other = seen.get(key);
    if (other) errors.push(at(e.file, '(slug)', m.slugTaken(e.slug, `content/${other}`)));
    else seen.set(key, e.file);
  }
  return errors;
}
