/** Reading: what each file is, whether it can be read, and its front matter or YAML parsed. */
import { provinceSchema } from '../../../schemas/province.ts';
import type { ConceptName } from '../../../schemas/registry.ts';
import { issuesToProblems } from '../../../lib/format-issues.ts';
import { classify } from '../classify.ts';
import { fileProblems, textOf } from '../file-problems.ts';
import { parseEntry } from '../../../lib/content-check/parse-entry.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentFile, ContentProblem, EntryInfo, ProvinceInfo } from '../../../lib/content-check/types.ts';
import { at, lineOf } from './problem.ts';
import { freshWork, type PerFileWork } from '../per-file-work.ts';

/** The entries that parsed, and the problems of every file that did not (in file order). */
export function readEntries(
  files: readonly ContentFile[],
  provinces: ReadonlyMap<string, ProvinceInfo>,
  present: ReadonlySet<string>,
  m: Messages,
  work: PerFileWork = freshWork,
): { entries: EntryInfo<ConceptName>[]; errors: ContentProblem[] } {
  const entries: EntryInfo<ConceptName>[] = [];
  const errors: ContentProblem[] = [];
  for (const f of files) {
    const kind = classify(f.path, provinces, m);
    // A link, a device or unreadable bytes: nothing more is read from the file.
    const asFile = fileProblems(f, kind, m);
    if (asFile.length) {
      errors.push(...asFile.map((p) => at(f.path, p.field, p.message, p.line)));
      continue;
    }
    if (kind.type === 'problem') errors.push(at(f.path, kind.field, kind.message));
    if (kind.type === 'province') errors.push(...provinceFileProblems(f, present, m));
    if (kind.type !== 'entry') continue;
    const parsed = work.parseEntry(f.path, readText(f), m);
    if ('error' in parsed) errors.push(at(f.path, parsed.field, parsed.error, parsed.line));
    else
      entries.push({
        file: f.path,
        scope: kind.scope,
        concept: kind.concept,
        lang: kind.lang,
        slug: kind.slug,
        ext: kind.ext,
        ...parsed,
      });
  }
  return { entries, errors };
}

const readText = (f: ContentFile): string => {
  const read = textOf(f);
  return 'text' in read ? read.text : '';
};

/** province.yaml: its schema, and the logo it names beside it. */
export function provinceFileProblems(f: ContentFile, present: ReadonlySet<string>, m: Messages): ContentProblem[] {
  const parsed = parseEntry(f.path, readText(f), m);
  if ('error' in parsed) return [at(f.path, parsed.field, parsed.error, parsed.line)];
  const result = provinceSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success)
    return issuesToProblems(`content/${f.path}`, result.error.issues, m).map((p) => ({
      ...p,
      ...lineOf(parsed.lineOf, p.field),
    }));
  if (present.has(`${f.path.split('/')[0]}/${result.data.logo}`)) return [];
  return [at(f.path, 'logo', m.logoMissing(result.data.logo), parsed.lineOf('logo'))];
}
