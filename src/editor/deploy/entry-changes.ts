/**
 * What a deploy changes for readers, per province: which entries were added, changed or removed
 * between the last deployed commit and this one. Read from `git diff --name-status -z
 * --no-renames` (a rename is a removal plus an addition, which is what a reader sees: the old
 * address is gone, a new one exists) and mapped to entries by the content check's own classifier,
 * so a path means here exactly what it means to the build.
 */
import { classify } from '../content-check/classify.ts';
import type { ProvinceInfo } from '../../lib/content-check/types.ts';
import type { ConceptName } from '../../schemas/registry.ts';

export type ChangeKind = 'added' | 'changed' | 'removed';
export const changeKinds: readonly ChangeKind[] = ['added', 'changed', 'removed'];

export interface FileChange {
  status: 'A' | 'M' | 'D';
  /** Path relative to the repository root, as git prints it. */
  path: string;
}

export interface EntryChange {
  kind: ChangeKind;
  concept: ConceptName;
  slug: string;
  /** Locale folders whose file changed (prose entries); empty for a data entry. */
  languages: string[];
  /** Lives in content/national/: every province shows it. */
  national: boolean;
}

export interface ProvinceChanges {
  province: string;
  entries: EntryChange[];
  /** province.yaml changed (names, languages, contacts, colours). */
  settings: boolean;
  /** Pictures, attachments and the logo added, replaced or removed. */
  assets: number;
}

/**
 * Parses `git diff --name-status -z --no-renames`: NUL-separated status and path pairs. A path
 * may hold any byte but NUL, so nothing is split on spaces or line breaks. Type changes (T)
 * count as changes; anything else git could print without --no-renames is refused.
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const [status, path] = [fields[i], fields[i + 1]];
    if (status === undefined || path === undefined)
      throw new Error('git diff --name-status -z: a status without its path');
    if (status === 'A' || status === 'M' || status === 'D') changes.push({ status, path });
    else if (status === 'T') changes.push({ status: 'M', path });
    else
      throw new Error(
        `git diff --name-status -z: unexpected status "${status}" for ${JSON.stringify(path)} (run it with --no-renames)`,
      );
  }
  return changes;
}

const kindOrder = (k: ChangeKind) => changeKinds.indexOf(k);

/**
 * Groups file changes into entry changes per province. An entry is one piece in all its
 * languages: it is added or removed when its source file is (the data file, or the file in the
 * province's first locale), and changed otherwise, naming the languages touched. Entries of
 * content/national/ count for every province. Paths outside content/, hidden files and files the
 * classifier refuses (which the content check stops before any deploy) are not entries.
 */
export function entryChanges(
  files: readonly FileChange[],
  provinces: ReadonlyMap<string, ProvinceInfo>,
): ProvinceChanges[] {
  const result = new Map<string, ProvinceChanges>(
    [...provinces.keys()].sort().map((id) => [id, { province: id, entries: [], settings: false, assets: 0 }]),
  );
  const entries = new Map<
    string,
    { scope: string; concept: ConceptName; slug: string; source?: 'A' | 'M' | 'D'; languages: Set<string> }
  >();
  for (const { status, path } of files) {
    if (!path.startsWith('content/')) continue;
    const c = classify(path.slice('content/'.length), provinces);
    // The classifier said which province: content/<province>/province.yaml or its images/ and files/.
    const own = result.get(path.split('/')[1] ?? '');
    if (c.type === 'province' && own) own.settings = true;
    else if (c.type === 'asset' && own) own.assets++;
    if (c.type !== 'entry') continue;
    const key = `${c.scope}/${c.concept}/${c.slug}`;
    const entry = entries.get(key) ?? {
      scope: c.scope,
      concept: c.concept,
      slug: c.slug,
      languages: new Set<string>(),
    };
    entries.set(key, entry);
    const sourceLocale = provinces.get(c.scope)?.locales[0]; // none for content/national/
    if (c.lang) entry.languages.add(c.lang);
    if (!c.lang || c.lang === sourceLocale) entry.source = status;
  }
  for (const e of entries.values()) {
    const kind: ChangeKind = e.source === 'A' ? 'added' : e.source === 'D' ? 'removed' : 'changed';
    const change: EntryChange = {
      kind,
      concept: e.concept,
      slug: e.slug,
      languages: [...e.languages].sort(),
      national: e.scope === 'national',
    };
    for (const p of e.scope === 'national' ? result.values() : [result.get(e.scope)]) {
      // classify() makes entries only of content/national/ and of the provinces it was given.
      if (!p) throw new Error(`entryChanges: "${e.scope}" is not one of the provinces given`);
      p.entries.push(change);
    }
  }
  for (const p of result.values())
    p.entries.sort(
      (a, b) =>
        kindOrder(a.kind) - kindOrder(b.kind) || a.concept.localeCompare(b.concept) || a.slug.localeCompare(b.slug),
    );
  return [...result.values()];
}

export const isEmpty = (p: ProvinceChanges) => !p.entries.length && !p.settings && !p.assets;
