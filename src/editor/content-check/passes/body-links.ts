/** Bodies: no code or unsafe markup in a text, and no internal link to a page the entries do not make. */
import { linksToNowhere } from '../../../lib/content-check/links.ts';
import { entryPath, knownPaths } from '../routes.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo, ProvinceInfo } from '../../../lib/content-check/types.ts';
import type { ConceptName } from '../../../schemas/registry.ts';
import { at } from './problem.ts';
import { freshWork, type PerFileWork } from '../per-file-work.ts';

const flavour = (e: EntryInfo) => (e.ext === 'mdx' ? 'mdx' : 'md');

/** Scripts, event handlers, MDX code: lines counted from the top of the file. */
export function unsafeBodyProblems(e: EntryInfo, m: Messages, work: PerFileWork = freshWork): ContentProblem[] {
  return work.unsafeBody(e.body, flavour(e), m).map((p) => at(e.file, '(text)', p.message, p.line + e.bodyLine - 1));
}

/** Years whose pages (anniversaries by year) links may name. */
const LINKABLE_YEARS = Array.from({ length: 11 }, (_, i) => 2020 + i);

/** Internal links in each province's texts, against the pages its entries and the national ones make. */
export function brokenInternalLinks(
  entries: readonly EntryInfo<ConceptName>[],
  provinces: ReadonlyMap<string, ProvinceInfo>,
  m: Messages,
  work: PerFileWork = freshWork,
): ContentProblem[] {
  const errors: ContentProblem[] = [];
  for (const [id, info] of provinces) {
    const scoped = entries.filter((e) => e.scope === id || e.scope === 'national');
    const known = knownPaths(scoped, info.locales, LINKABLE_YEARS);
    for (const e of scoped.filter((x) => x.scope === id && x.body))
      for (const p of linksToNowhere(
        work.internalLinks(e.body, flavour(e)),
        entryPath(e.concept, e.slug, e.lang ?? 'vi'),
        known,
        m,
      ))
        errors.push(at(e.file, '(text)', p.message, p.line + e.bodyLine - 1));
  }
  return errors;
}
