/**
 * The content check: every mistake an editor can make, found at once, without building the
 * site. Takes files (path + text), returns errors and warnings as file, field, line and message,
 * in the catalogue's language (Vietnamese unless asked otherwise).
 */
import { concepts, type ConceptName, type ProseConcept } from '../../schemas/registry.ts';
import { provinceSchema } from '../../schemas/province.ts';
import { issuesToProblems } from '../format-issues.ts';
import { sourceFingerprint } from '../translation-hash.ts';
import { classify } from './classify.ts';
import { fileProblems, textOf } from './file-problems.ts';
import { parseEntry } from './parse-entry.ts';
import { valuesAt } from './refs.ts';
import { unsafeBody } from './body-safety.ts';
import { assetPathProblem, imagePath } from '../safety/names.ts';
import { brokenLinks } from './links.ts';
import { entryPath, knownPaths } from './routes.ts';
import { planLoopProblems } from './plan-loops.ts';
import { closest } from './suggest.ts';
import { staleRateAge } from '../invest/rate-age.ts';
import { vi, type Messages } from './messages/index.ts';
import type { CheckResult, ContentFile, ContentProblem, EntryInfo, ProvinceInfo } from './types.ts';

const at = (file: string, field: string, message: string, line?: number): ContentProblem => ({ file: `content/${file}`, field, message, ...(line ? { line } : {}) });

/** `today`: the build date (YYYY-MM-DD) time-dependent warnings are measured against; none without it. */
export function checkContent(files: ContentFile[], provinces: ReadonlyMap<string, ProvinceInfo>, m: Messages = vi, today?: string): CheckResult {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const entries: EntryInfo[] = [];
  const present = new Set(files.map((f) => f.path));

  for (const f of files) {
    const kind = classify(f.path, provinces, m);
    // A link, a device or unreadable bytes: nothing more is read from the file.
    const asFile = fileProblems(f, kind, m);
    if (asFile.length) {
      errors.push(...asFile.map((p) => at(f.path, p.field, p.message, p.line)));
      continue;
    }
    const read = kind.type === 'entry' || kind.type === 'province' ? textOf(f) : undefined;
    const text = read && 'text' in read ? read.text : '';
    if (kind.type === 'problem') errors.push(at(f.path, kind.field, kind.message));
    if (kind.type === 'province') {
      const parsed = parseEntry(f.path, text, m);
      if ('error' in parsed) errors.push(at(f.path, parsed.field, parsed.error, parsed.line));
      else {
        const result = provinceSchema.safeParse(parsed.data, { reportInput: true });
        if (!result.success) errors.push(...issuesToProblems(`content/${f.path}`, result.error.issues, m).map((p) => ({ ...p, ...lineOf(parsed.lineOf, p.field) })));
        else if (!present.has(`${f.path.split('/')[0]}/${result.data.logo}`))
          errors.push(at(f.path, 'logo', m.logoMissing(result.data.logo), parsed.lineOf('logo')));
      }
    }
    if (kind.type !== 'entry') continue;
    const parsed = parseEntry(f.path, text, m);
    if ('error' in parsed) {
      errors.push(at(f.path, parsed.field, parsed.error, parsed.line));
      continue;
    }
    entries.push({ file: f.path, scope: kind.scope, concept: kind.concept, lang: kind.lang, slug: kind.slug, ext: kind.ext, ...parsed });
  }

  // Same slug twice (x.md beside x.mdx, or a national and a provincial event).
  const seen = new Map<string, string>();
  // National entries first, so the message points at the provincial copy.
  for (const e of [...entries].sort((a, b) => Number(a.scope !== 'national') - Number(b.scope !== 'national'))) {
    const scopeKey = concepts[e.concept as ConceptName].kind === 'data' && (concepts[e.concept as ConceptName] as { scope: string }).scope === 'both' ? 'shared' : e.scope;
    const key = `${scopeKey}/${e.concept}/${e.lang ?? ''}/${e.slug}`;
    const other = seen.get(key);
    if (other) errors.push(at(e.file, '(slug)', m.slugTaken(e.slug, `content/${other}`)));
    else seen.set(key, e.file);
  }

  // Lookups built once: with thousands of entries, scanning the list per reference is quadratic
  // (the check took 16 s at 10,000 entries).
  const idSets = new Map<string, Set<string>>();
  const ids = (scope: string, concept: string) => {
    const key = `${scope}/${concept}`;
    let set = idSets.get(key);
    if (!set) idSets.set(key, (set = new Set(entries.filter((e) => e.concept === concept && (e.lang ?? 'vi') === 'vi' && (e.scope === scope || e.scope === 'national')).map((e) => e.slug))));
    return set;
  };
  const versions = new Map<string, EntryInfo[]>();
  for (const e of entries) {
    const key = `${e.scope}/${e.concept}/${e.slug}`;
    versions.set(key, [...(versions.get(key) ?? []), e]);
  }
  /** Every language version of the piece `e` belongs to (the source and its translations). */
  const versionsOf = (e: EntryInfo) => versions.get(`${e.scope}/${e.concept}/${e.slug}`) ?? [];
  const sourceOf = (e: EntryInfo) => versionsOf(e).find((s) => s.lang === 'vi');
  const here = (e: EntryInfo, field: string, message: string) => at(e.file, field, message, e.lineOf?.(field));
  /** Files of a province folder (images/, files/), as entries name them: "images/ho.jpg". */
  const filesIn = (scope: string, folder: string) => files.filter((f) => f.path.startsWith(`${scope}/${folder}/`)).map((f) => f.path.slice(scope.length + 1));

  for (const e of entries) {
    const c = concepts[e.concept as ConceptName];
    const isSource = c.kind === 'data' || e.lang === 'vi';
    const schema = c.kind === 'data' ? c.schema : isSource ? c.source : c.translation;
    const result = schema.safeParse(e.data, { reportInput: true });
    if (!result.success)
      for (const p of issuesToProblems(`content/${e.file}`, result.error.issues, m)) errors.push({ ...p, ...lineOf(e.lineOf, p.field) });
    // Every USD figure converts with this rate: an old one is allowed but should be renewed.
    if (result.success && e.concept === 'exchangeRates' && today) {
      const rate = result.data as { date: string };
      const days = staleRateAge(rate.date, today);
      if (days !== undefined) warnings.push(here(e, 'date', m.rateOld(rate.date, days, today)));
    }

    // References, checked on the source (translations carry none).
    if (isSource)
      for (const [path, target] of c.refs)
        for (const ref of valuesAt(e.data, path))
          if (!ids(e.scope, target).has(ref.value)) {
            const folder = target === 'legal' ? 'national/legal' : `${e.scope}/${concepts[target].folder}`;
            errors.push(here(e, ref.field, m.unknownRef(ref.value, m.concepts[target], folder, closest(ref.value, ids(e.scope, target)))));
          }

    if (c.kind !== 'prose') continue;
    const prose = c as ProseConcept;
    if (!isSource) {
      const source = sourceOf(e);
      if (!source) {
        // Most often a translation named after its own title: name the Vietnamese pieces it could translate.
        const untranslated = [...ids(e.scope, e.concept)].filter((slug) => !versions.get(`${e.scope}/${e.concept}/${slug}`)?.some((v) => v.lang === e.lang)).sort();
        errors.push(at(e.file, '(file)', m.noSource(`${e.scope}/${c.folder}/vi/${e.slug}.${e.ext}`, e.lang ?? '', untranslated)));
        continue;
      }
      for (const field of prose.aligned) {
        const a = source.data[field], b = e.data[field];
        if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
          errors.push(here(e, field, m.itemCount(b.length, a.length)));
      }
      // Each language describes the pictures in its own file, at the source's paths (cover.alt, gallery[2].alt).
      for (const path of prose.images)
        for (const ref of valuesAt(source.data, `${path}.src`)) {
          const altProblem = altTextProblem(e, ref.field, m);
          if (altProblem) errors.push(altProblem);
        }
      const meta = e.data.translation as { source?: string } | undefined;
      const textFields = Object.keys(prose.translation.shape).filter((k) => k !== 'translation');
      if (meta?.source && meta.source !== sourceFingerprint(source.data, source.body, textFields))
        warnings.push(here(e, 'translation.source', m.stale));
    }
    if (isSource) {
      const required = prose.englishRequired === true || (Array.isArray(prose.englishRequired) && prose.englishRequired.includes(e.slug));
      const hasEnglish = versionsOf(e).some((t) => t.lang === 'en');
      if (required && !hasEnglish)
        errors.push(at(e.file, '(translation)', m.englishMissing(`${e.scope}/${c.folder}/en/${e.slug}.md`)));
      for (const path of prose.images)
        for (const ref of valuesAt(e.data, `${path}.src`)) {
          const src = imagePath(ref.value);
          // A path outside images/ is already refused by the schema, with what to write instead.
          if (!assetPathProblem(ref.value, 'images') && !present.has(`${e.scope}/${src}`))
            errors.push(here(e, ref.field, m.imageMissing(ref.value, `content/${e.scope}/${src}`, closest(src, filesIn(e.scope, 'images')))));
          const altProblem = altTextProblem(e, ref.field, m);
          if (altProblem) errors.push(altProblem);
        }
      for (const ref of valuesAt(e.data, 'attachments[].file'))
        if (!present.has(`${e.scope}/${ref.value}`))
          errors.push(here(e, ref.field, m.fileMissing(ref.value, `content/${e.scope}/${ref.value}`, closest(ref.value, filesIn(e.scope, 'files')))));
    }
    for (const p of unsafeBody(e.body, e.ext === 'mdx' ? 'mdx' : 'md', m))
      errors.push(at(e.file, '(text)', p.message, p.line + e.bodyLine - 1));
  }

  // A plan above itself, directly or through others.
  const entryOf = new Map(entries.map((e) => [e.file, e]));
  for (const p of planLoopProblems(entries, m)) errors.push(at(p.file, p.field, p.message, entryOf.get(p.file)?.lineOf?.(p.field)));

  // Internal links, against the pages these entries make.
  for (const [id, info] of provinces) {
    const scoped = entries.filter((e) => e.scope === id || e.scope === 'national');
    const years = Array.from({ length: 11 }, (_, i) => 2020 + i);
    const known = knownPaths(scoped, info.locales, years);
    for (const e of scoped.filter((x) => x.scope === id && x.body))
      for (const p of brokenLinks(e.body, e.ext === 'mdx' ? 'mdx' : 'md', entryPath(e.concept, e.slug, e.lang ?? 'vi'), known, m))
        errors.push(at(e.file, '(text)', p.message, p.line + e.bodyLine - 1));
  }
  return { errors, warnings };
}

/** A missing alt text in `e` (source or translation) for the picture whose source field is `srcField` ("gallery[2].src"). */
function altTextProblem(e: EntryInfo, srcField: string, m: Messages): ContentProblem | undefined {
  const field = srcField.replace(/\.src$/, '.alt');
  const alt = getAt(e.data, field);
  // A missing alt points at the picture's own line (its src in the source, the alt's parent in a translation).
  const problem = at(e.file, field, m.altMissing(e.lang ?? 'vi'), e.lineOf?.(field));
  if (typeof alt === 'string') return alt.trim() ? undefined : problem;
  // A wrong shape, or no alt at all in the Vietnamese source, is the schema's to explain (one message per mistake).
  return alt === undefined && e.lang !== 'vi' ? problem : undefined;
}

/** The line of a field, to spread into a problem. */
const lineOf = (lines: ((field: string) => number | undefined) | undefined, field: string) => {
  const line = lines?.(field);
  return line ? { line } : {};
};

/** Value at a message-style path such as "gallery[2].alt". */
function getAt(data: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((value, part) => {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || !value || typeof value !== 'object') return undefined;
    const child = (value as Record<string, unknown>)[m[1]!];
    return m[2] ? (child as unknown[] | undefined)?.[Number(m[2]) - 1] : child;
  }, data);
}
