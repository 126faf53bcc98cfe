/** Every document number the plans show (their own and those they cite), for finding a plan by a number. */
import { documentNumberKey, numberAnchor } from './numbers.ts';
import type { CitationFacts, PlanFacts } from './types.ts';

export interface NumberEntry {
  number: string;
  /** Anchor id on the index page. */
  anchor: string;
  kind: string;
  date?: string;
  issuer?: string;
  /** The held plan with this number, if any. */
  plan?: string;
  /** The legal document entry with this number, if any. */
  legal?: string;
  /** Held plans that cite or implement it. */
  citedBy: string[];
}

/**
 * One entry per distinct number, sorted by number; a held plan's own number points at it.
 * `mentions` holds, per plan slug, the documents its text names besides its basis (mentions.ts).
 */
export function numberIndex(
  plans: readonly PlanFacts[],
  legal: readonly { slug: string; number: string }[],
  planKind: string,
  mentions: ReadonlyMap<string, readonly CitationFacts[]> = new Map(),
): NumberEntry[] {
  const byKey = new Map<string, NumberEntry>();
  const legalByKey = new Map(legal.map((l) => [documentNumberKey(l.number), l.slug]));
  const entry = (number: string, kind: string): NumberEntry => {
    const key = documentNumberKey(number);
    let e = byKey.get(key);
    if (!e) {
      const l = legalByKey.get(key);
      byKey.set(key, (e = { number, anchor: numberAnchor(number), kind, citedBy: [], ...(l ? { legal: l } : {}) }));
    }
    return e;
  };
  for (const p of plans)
    if (p.number)
      Object.assign(entry(p.number, planKind), { plan: p.slug, ...(p.issuedOn ? { date: p.issuedOn } : {}) });
  const cite = (p: PlanFacts, c: CitationFacts) => {
    if (!c.number) return;
    const e = entry(c.number, c.kind);
    if (c.date && !e.date) e.date = c.date;
    if (c.issuer && !e.issuer) e.issuer = c.issuer;
    if (c.legal && !e.legal) e.legal = c.legal;
    if (c.plan && !e.plan) e.plan = c.plan;
    if (!e.citedBy.includes(p.slug)) e.citedBy.push(p.slug);
  };
  for (const p of plans) for (const c of [...(p.basis ?? []), ...(p.implements ?? [])]) cite(p, c);
  // A plan naming its own number in its text does not cite itself.
  const own = (p: PlanFacts, c: CitationFacts) =>
    p.number !== undefined && c.number !== undefined && documentNumberKey(p.number) === documentNumberKey(c.number);
  for (const p of plans) for (const c of mentions.get(p.slug) ?? []) if (!own(p, c)) cite(p, c);
  return [...byKey.values()].sort((a, b) => a.number.localeCompare(b.number, 'vi', { numeric: true }));
}
