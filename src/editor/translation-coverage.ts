/**
 * What is translated into each locale, counted item by item (an item not translated is shown in
 * the next language of the province's fallback chain, not always Vietnamese): the text of each
 * piece, each task, each unit's duties, unit names, attachment titles, image captions and credits,
 * a plan's budget, reporting deadlines and recipients (planDetails).
 * English must cover all of it (investors and foreign journalists read English); the province's
 * further locales at least each piece's title and summary.
 */
import { concepts, type ProseConcept } from '../schemas/registry.ts';
import { classify } from './content-check/classify.ts';
import { parseEntry, type Parsed } from '../lib/content-check/parse-entry.ts';
import type { ContentFile, ProvinceInfo } from '../lib/content-check/types.ts';

export const coverageKinds = [
  'titleSummary',
  'fullText',
  'tasks',
  'duties',
  'unitNames',
  'attachments',
  'captions',
  'credits',
  'planDetails',
] as const;
export type CoverageKind = (typeof coverageKinds)[number];

/** What each locale must cover: English everything; other locales title and summary. */
export const requiredKinds = (locale: string): readonly CoverageKind[] =>
  locale === 'en' ? coverageKinds : ['titleSummary'];

export interface CoverageGap {
  province: string;
  locale: string;
  kind: CoverageKind;
  /** The file to write it in, relative to content/ (the translation, or the unit's YAML). */
  file: string;
  /** Where in that file, e.g. "duties[3]", "cover.credit", "name.en". */
  where: string;
}

export interface CoverageRow {
  province: string;
  locale: string;
  /** Items translated and items to translate, per kind. */
  counts: Record<CoverageKind, { done: number; total: number }>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
/** `key` of the i-th object of a list ("tasks[2].title"), or undefined. */
const itemField = (v: unknown, i: number, key: string): unknown => {
  const item = list(v)[i];
  return isObj(item) ? item[key] : undefined;
};
const zero = () => ({ done: 0, total: 0 });
/** Every kind at zero (the type asks for each one, so a kind added to coverageKinds is counted). */
const noCounts = (): CoverageRow['counts'] => ({
  titleSummary: zero(),
  fullText: zero(),
  tasks: zero(),
  duties: zero(),
  unitNames: zero(),
  attachments: zero(),
  captions: zero(),
  credits: zero(),
  planDetails: zero(),
});

/** The images of a source at the concept's image paths ("cover", "gallery[]"), with where each sits. */
function imagesOf(c: ProseConcept, data: Obj): { where: string; image: Obj; translated: (t: Obj) => unknown }[] {
  const out: { where: string; image: Obj; translated: (t: Obj) => unknown }[] = [];
  for (const path of c.images) {
    const field = path.replace(/\[\]$/, '');
    if (path.endsWith('[]'))
      list(data[field]).forEach((image, i) => {
        if (isObj(image)) out.push({ where: `${field}[${i}]`, image, translated: (t) => list(t[field])[i] });
      });
    else if (isObj(data[field])) out.push({ where: field, image: data[field], translated: (t) => t[field] });
  }
  return out;
}

export function translationCoverage(
  files: readonly ContentFile[],
  provinces: ReadonlyMap<string, ProvinceInfo>,
): { rows: CoverageRow[]; gaps: CoverageGap[] } {
  const prose = new Map<string, Parsed>();
  const units: { scope: string; file: string; data: Obj }[] = [];
  const sources: { scope: string; concept: ProseConcept; slug: string; ext: string; entry: Parsed }[] = [];
  for (const f of files) {
    const kind = classify(f.path, provinces);
    if (kind.type !== 'entry') continue;
    const entry = parseEntry(f.path, f.text ?? '');
    if ('error' in entry) continue;
    if (kind.concept === 'units') units.push({ scope: kind.scope, file: f.path, data: entry.data });
    const c = concepts[kind.concept];
    // Only prose entries have a locale folder.
    if (!kind.lang || c.kind !== 'prose') continue;
    prose.set(`${kind.scope}/${c.folder}/${kind.lang}/${kind.slug}`, entry);
    if (kind.lang === 'vi') sources.push({ scope: kind.scope, concept: c, slug: kind.slug, ext: kind.ext, entry });
  }

  const rows: CoverageRow[] = [];
  const gaps: CoverageGap[] = [];
  for (const [id, info] of provinces)
    for (const locale of info.locales.filter((l) => l !== 'vi')) {
      const counts = noCounts();
      const required = new Set(requiredKinds(locale));
      const tally = (kind: CoverageKind, done: boolean, file: string, where: string) => {
        counts[kind].total++;
        if (done) counts[kind].done++;
        else if (required.has(kind)) gaps.push({ province: id, locale, kind, file, where });
      };
      for (const src of sources
        .filter((s) => s.scope === id)
        .sort((a, b) => `${a.concept.folder}/${a.slug}`.localeCompare(`${b.concept.folder}/${b.slug}`))) {
        const { concept: c, entry } = src;
        const tr = prose.get(`${id}/${c.folder}/${locale}/${src.slug}`);
        const t: Obj = tr?.data ?? {};
        const file = `${id}/${c.folder}/${locale}/${src.slug}.${src.ext}`;
        const d = entry.data;
        tally(
          'titleSummary',
          text(t.title) && (!text(d.summary) || text(t.summary)),
          file,
          text(d.summary) ? 'title, summary' : 'title',
        );
        if (entry.body.trim()) tally('fullText', Boolean(tr?.body.trim()), file, '(body)');
        list(d.tasks).forEach((_, i) => tally('tasks', text(itemField(t.tasks, i, 'title')), file, `tasks[${i}]`));
        list(d.duties).forEach((duty, i) => {
          const mine = list(t.duties)[i];
          // A unit's duties count as translated when every item is: a shorter list would mix languages.
          const done =
            isObj(mine) &&
            isObj(duty) &&
            list(mine.items).length === list(duty.items).length &&
            list(mine.items).every(text);
          tally(
            'duties',
            done,
            file,
            `duties[${i}]${isObj(duty) && typeof duty.unit === 'string' ? ` (${duty.unit})` : ''}`,
          );
        });
        // A plan's budget, what each reporting deadline asks, and each recipient.
        if (text(d.budget)) tally('planDetails', text(t.budget), file, 'budget');
        list(d.reportingDeadlines).forEach((_, i) =>
          tally('planDetails', text(itemField(t.reportingDeadlines, i, 'what')), file, `reportingDeadlines[${i}].what`),
        );
        list(d.recipients).forEach((_, i) =>
          tally('planDetails', text(list(t.recipients)[i]), file, `recipients[${i}]`),
        );
        list(d.attachments).forEach((_, i) =>
          tally('attachments', text(itemField(t.attachments, i, 'title')), file, `attachments[${i}].title`),
        );
        for (const img of imagesOf(c, d)) {
          const mine = img.translated(t);
          if (text(img.image.caption))
            tally('captions', isObj(mine) && text(mine.caption), file, `${img.where}.caption`);
          if (text(img.image.credit)) tally('credits', isObj(mine) && text(mine.credit), file, `${img.where}.credit`);
        }
      }
      for (const u of units.filter((u) => u.scope === id).sort((a, b) => a.file.localeCompare(b.file)))
        tally('unitNames', isObj(u.data.name) && text(u.data.name[locale]), u.file, `name.${locale}`);
      rows.push({ province: id, locale, counts });
    }
  return { rows, gaps };
}
