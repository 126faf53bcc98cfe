/**
 * The content check: every mistake an editor can make, found at once, without building the
 * site. Takes files (path + text), returns errors and warnings as file, field, line and message,
 * in the catalogue's language (Vietnamese unless asked otherwise). Each pass lives in passes/;
 * the order of the passes is the order of the messages.
 */
import { concepts, type ConceptName } from '../../schemas/registry.ts';
import { planLoopProblems } from '../../lib/content-check/plan-loops.ts';
import { vi, type Messages } from '../../lib/content-check/messages/index.ts';
import { readEntries } from './passes/read-files.ts';
import { duplicateSlugs } from './passes/duplicate-slugs.ts';
import { indexEntries, type EntryIndex } from './passes/entry-index.ts';
import { isSourceEntry, oldRateWarning, schemaProblems } from './passes/entry-schema.ts';
import { unknownReferences } from './passes/references.ts';
import {
  englishMissing,
  itemCountMismatches,
  missingSource,
  sourceOf,
  staleTranslation,
} from './passes/translations.ts';
import { missingAttachments, sourcePictureProblems, translatedAltProblems } from './passes/pictures-and-files.ts';
import { brokenInternalLinks, unsafeBodyProblems } from './passes/body-links.ts';
import { at, type Findings } from './passes/problem.ts';
import { freshWork, type PerFileWork } from './per-file-work.ts';
import type {
  CheckResult,
  ContentFile,
  ContentProblem,
  EntryInfo,
  ProvinceInfo,
} from '../../lib/content-check/types.ts';

/**
 * `today`: the build date (YYYY-MM-DD) time-dependent warnings are measured against; none without it.
 * `work`: the per-file parsing and judging, kept between builds by the build (src/node/check-memo.ts).
 */
export function checkContent(
  files: ContentFile[],
  provinces: ReadonlyMap<string, ProvinceInfo>,
  m: Messages = vi,
  today?: string,
  work: PerFileWork = freshWork,
): CheckResult {
  const present = new Set(files.map((f) => f.path));
  const { entries, errors } = readEntries(files, provinces, present, m, work);
  const found: Findings = { errors, warnings: [] };
  found.errors.push(...duplicateSlugs(entries, m));
  const index = indexEntries(files, entries, present);
  for (const e of entries) checkEntry(e, index, found, m, today, work);
  found.errors.push(...planLoops(entries, m));
  found.errors.push(...brokenInternalLinks(entries, provinces, m, work));
  return found;
}

/** The passes that read one entry, in message order: schema, references, translation, pictures and files, body. */
function checkEntry(
  e: EntryInfo<ConceptName>,
  index: EntryIndex,
  found: Findings,
  m: Messages,
  today: string | undefined,
  work: PerFileWork,
): void {
  const schema = schemaProblems(e, m);
  found.errors.push(...schema.errors);
  const oldRate = oldRateWarning(e, schema.parsed, m, today);
  if (oldRate) found.warnings.push(oldRate);
  const isSource = isSourceEntry(e);
  if (isSource) found.errors.push(...unknownReferences(e, index, m));
  const c = concepts[e.concept];
  if (c.kind !== 'prose') return;
  if (isSource) {
    const english = englishMissing(e, c, index, m);
    if (english) found.errors.push(english);
    found.errors.push(...sourcePictureProblems(e, c, index, m), ...missingAttachments(e, index, m));
  } else {
    const source = sourceOf(e, index);
    // Without its source, nothing more can be compared (nor is its text read).
    if (!source) {
      found.errors.push(missingSource(e, c, index, m));
      return;
    }
    found.errors.push(...itemCountMismatches(e, source, c, m), ...translatedAltProblems(e, source, c, m));
    const stale = staleTranslation(e, source, c, m);
    if (stale) found.warnings.push(stale);
  }
  found.errors.push(...unsafeBodyProblems(e, m, work));
}

/** A plan above itself, directly or through others. */
function planLoops(entries: readonly EntryInfo[], m: Messages): ContentProblem[] {
  const entryOf = new Map(entries.map((e) => [e.file, e]));
  return planLoopProblems(entries, m).map((p) =>
    at(p.file, p.field, p.message, entryOf.get(p.file)?.lineOf?.(p.field)),
  );
}
