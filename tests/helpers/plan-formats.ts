/**
 * One seed plan in every format an office receives it in — the text, a DOCX, a signed PDF and a scan
 * of it — each read by the importer's own reader (src/node/plan-source.ts) and compared field by field
 * with the text import of the same document.
 */
import type { ParsedPlan } from '../../src/lib/plan-import/types.ts';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { readPlanSource } from '../../src/node/plan-source.ts';
import { scannedPdf } from './scanned-pdf.ts';
import { seedSigned } from './seed-documents.ts';
import { signedDocx } from './signed-docx.ts';
import { readingOrder, signedPdf } from './signed-pdf.ts';

export type Format = 'txt' | 'docx' | 'pdf' | 'scanned pdf';

/** The fields of a parsed plan that become the entry. */
export const PLAN_FIELDS = [
  'number',
  'issuer',
  'place',
  'issuedOn',
  'title',
  'year',
  'level',
  'area',
  'basis',
  'implements',
  'objectives',
  'requirements',
  'tasks',
  'duties',
  'budget',
  'reportingDeadlines',
  'recipients',
  'signer',
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface FieldComparison {
  found: PlanField[];
  missing: PlanField[];
  /** Found, but not equal to the text import's value. */
  different: PlanField[];
}

const present = (plan: ParsedPlan, field: PlanField): boolean => {
  const v = plan[field];
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
};

export function compareFields(reference: ParsedPlan, plan: ParsedPlan): FieldComparison {
  const found = PLAN_FIELDS.filter((f) => present(plan, f));
  return {
    found,
    missing: PLAN_FIELDS.filter((f) => !present(plan, f)),
    different: found.filter((f) => JSON.stringify(plan[f]) !== JSON.stringify(reference[f])),
  };
}

/** The text import of the seed's signed document (header, body, closing in reading order). */
export function textImport(seed: string): ParsedPlan {
  return parsePlan(readingOrder(seedSigned(seed)).join('\n'), 'pdf');
}

/** Writes the seed in `format` and reads it back as the importer does. */
export async function importAs(seed: string, format: Format): Promise<ParsedPlan> {
  const doc = seedSigned(seed);
  const bytes: Record<Format, () => Promise<Uint8Array>> = {
    txt: async () => new TextEncoder().encode(readingOrder(doc).join('\n')),
    docx: () => signedDocx(doc),
    pdf: () => signedPdf(doc),
    'scanned pdf': () => scannedPdf(doc),
  };
  const name = { txt: 'ke-hoach.txt', docx: 'ke-hoach.docx', pdf: 'ke-hoach.pdf', 'scanned pdf': 'ke-hoach-quet.pdf' }[
    format
  ];
  const source = await readPlanSource(await bytes[format](), name);
  return parsePlan(source.text, source.layout);
}
