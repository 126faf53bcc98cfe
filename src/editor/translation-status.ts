/** Per province and locale: which prose pieces lack a translation, which are drafts, which are stale. */
import { concepts, type ConceptName, type ProseConcept } from '../schemas/registry.ts';
import { isRecord } from '../lib/is-record.ts';
import { sourceFingerprint } from '../lib/translation-hash.ts';
import { classify } from './content-check/classify.ts';
import { parseEntry, type Parsed } from '../lib/content-check/parse-entry.ts';
import type { ContentFile, ProvinceInfo } from '../lib/content-check/types.ts';

/**
 * current: reviewed and follows today's source; draft: marked draft; stale: the source changed
 * since; unstamped: no fingerprint, so nobody can tell; missing: no file in that locale.
 */
export type TranslationState = 'current' | 'draft' | 'stale' | 'unstamped' | 'missing';
export const translationStates: readonly TranslationState[] = ['current', 'draft', 'stale', 'unstamped', 'missing'];

export interface TranslationRow {
  province: string;
  locale: string;
  concept: string;
  slug: string;
  state: TranslationState;
  /** The Vietnamese source file, relative to content/. */
  source: string;
  /** The translation file (the one to create when missing), relative to content/. */
  file: string;
  /** A stale draft is reported as stale; this keeps the draft flag visible. */
  draft: boolean;
  /** It records the fingerprint of the source it follows (a draft may, or may not). */
  stamped: boolean;
}

/** The text fields a translation carries: the ones the fingerprint covers. */
export const textFieldsOf = (c: ProseConcept): string[] =>
  Object.keys(c.translation.shape).filter((k) => k !== 'translation');

/** The fingerprint a translation of this source should record. */
export const fingerprintOf = (c: ProseConcept, source: Parsed): string =>
  sourceFingerprint(source.data, source.body, textFieldsOf(c));

/**
 * What the rows need of each parsed file, and no more: a source's fingerprint, a translation's
 * recorded stamp and draft flag. A parsed entry holds its YAML document (for field lines) and a
 * body that keeps the file's text alive; kept for every file until the end, they held 400 MB at
 * 10,000 entries when the build judged every translation (issue 20).
 */
type Judged = { concept: ConceptName; lang: string; slug: string; ext: string; scope: string } & (
  { fingerprint: string | undefined } | { recorded: Record<string, unknown> }
);

/** `files` may be read lazily (any iterable): each file is parsed and let go before the next. */
export function translationStatus(
  files: Iterable<ContentFile>,
  provinces: ReadonlyMap<string, ProvinceInfo>,
): TranslationRow[] {
  const parsed = new Map<string, Judged>();
  for (const f of files) {
    const kind = classify(f.path, provinces);
    if (kind.type !== 'entry' || !kind.lang) continue;
    const entry = parseEntry(f.path, f.text ?? '');
    const ok = 'error' in entry ? undefined : entry;
    const c = concepts[kind.concept];
    const key = `${kind.scope}/${kind.concept}/${kind.lang}/${kind.slug}`;
    const recorded = ok?.data.translation;
    parsed.set(
      key,
      kind.lang === 'vi'
        ? // A Vietnamese locale folder holds prose only; an unreadable source has no rows.
          { ...kind, lang: kind.lang, fingerprint: ok && c.kind === 'prose' ? fingerprintOf(c, ok) : undefined }
        : { ...kind, lang: kind.lang, recorded: isRecord(recorded) ? stampOf(recorded) : {} },
    );
  }
  const rows: TranslationRow[] = [];
  for (const [id, info] of provinces)
    for (const [key, src] of parsed) {
      if (src.scope !== id || src.lang !== 'vi' || !('fingerprint' in src) || src.fingerprint === undefined) continue;
      const c = concepts[src.concept];
      const expected = src.fingerprint;
      for (const locale of info.locales.filter((l) => l !== 'vi')) {
        const t = parsed.get(key.replace(/\/vi\/([^/]+)$/, `/${locale}/$1`));
        const base = {
          province: id,
          locale,
          concept: src.concept,
          slug: src.slug,
          source: `${id}/${c.folder}/vi/${src.slug}.${src.ext}`,
        };
        const file = `${id}/${c.folder}/${locale}/${src.slug}.${t?.ext ?? src.ext}`;
        const meta = t && 'recorded' in t ? t.recorded : {};
        const draft = meta.status === 'draft';
        const state: TranslationState = !t
          ? 'missing'
          : meta.source && meta.source !== expected
            ? 'stale'
            : draft
              ? 'draft'
              : meta.source
                ? 'current'
                : 'unstamped';
        rows.push({ ...base, file, state, draft, stamped: Boolean(meta.source) });
      }
    }
  return rows.sort((a, b) =>
    `${a.province} ${a.locale} ${a.concept} ${a.slug}`.localeCompare(
      `${b.province} ${b.locale} ${b.concept} ${b.slug}`,
    ),
  );
}

/** The two fields of a translation's stamp the rows read, apart from the rest of its data. */
const stampOf = (meta: Record<string, unknown>): Record<string, unknown> => ({
  source: meta.source,
  status: meta.status,
});

export interface StatusSummary {
  province: string;
  locale: string;
  /** Count per state; `total` is the number of Vietnamese pieces. */
  counts: Record<TranslationState, number> & { total: number };
}

export function summarize(rows: readonly TranslationRow[]): StatusSummary[] {
  const out = new Map<string, StatusSummary>();
  for (const r of rows) {
    const key = `${r.province}/${r.locale}`;
    const s = out.get(key) ?? {
      province: r.province,
      locale: r.locale,
      counts: { total: 0, current: 0, draft: 0, stale: 0, unstamped: 0, missing: 0 },
    };
    s.counts.total++;
    s.counts[r.state]++;
    out.set(key, s);
  }
  return [...out.values()];
}

/**
 * The translations to stamp after a merge: every one without a fingerprint (made in the CMS, or
 * before stamps existed) and every one whose file the merge changed (its translator followed the
 * Vietnamese of that moment). A translation left alone while its source changed keeps its old
 * stamp, and so shows as stale. `changed` holds paths relative to content/.
 */
export function translationsToStamp(rows: readonly TranslationRow[], changed: ReadonlySet<string>): TranslationRow[] {
  return rows.filter((r) => r.state !== 'missing' && (!r.stamped || changed.has(r.file)));
}
