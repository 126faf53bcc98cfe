/** Which plans cite which legal documents, and the chain of higher plans a plan follows. */
import { documentNumberKey } from './numbers.ts';
import { lookup } from '../lookup.ts';
import type { CitationFacts, PlanFacts } from './types.ts';

export interface LegalFacts {
  slug: string;
  number: string;
}

/** How a plan refers to a legal document: as a basis ("Căn cứ…"), as what it implements, or in its text. */
export type CitationWay = 'basis' | 'implements' | 'text';

/**
 * Legal document → the plans that cite it, each once with its strongest way (basis, implements,
 * else text). `texts` holds each plan's full text, searched for the document's number as written.
 */
export function plansCiting(
  plans: readonly PlanFacts[],
  legal: readonly LegalFacts[],
  texts: ReadonlyMap<string, string> = new Map(),
): Map<string, { plan: string; way: CitationWay }[]> {
  const out = new Map<string, { plan: string; way: CitationWay }[]>(legal.map((l) => [l.slug, []]));
  const byNumber = new Map(legal.map((l) => [documentNumberKey(l.number), l.slug]));
  const keys = legal.map((l) => [l.slug, documentNumberKey(l.number)] as const);
  for (const plan of plans) {
    const found = new Map<string, CitationWay>();
    const cite = (c: CitationFacts, way: CitationWay) => {
      const slug = c.legal ?? (c.number ? byNumber.get(documentNumberKey(c.number)) : undefined);
      if (slug && !found.has(slug)) found.set(slug, way);
    };
    for (const c of plan.basis ?? []) cite(c, 'basis');
    for (const c of plan.implements ?? []) cite(c, 'implements');
    const text = documentNumberKey(texts.get(plan.slug) ?? '');
    for (const [slug, key] of keys) if (!found.has(slug) && text.includes(key)) found.set(slug, 'text');
    for (const [slug, way] of found) out.get(slug)?.push({ plan: plan.slug, way });
  }
  return out;
}

/** A higher plan in a plan's chain: linked when we hold it (`slug`), else named as the document names it. */
export interface ChainLink extends CitationFacts {
  slug?: string;
}

const isPlan = (c: CitationFacts) => c.plan !== undefined || /^kế hoạch/iu.test(c.kind);

/**
 * The plans a plan follows: what it implements, then plans it is based on ("Căn cứ Kế hoạch số…"),
 * each resolved to a held plan by its `plan` slug or by its number.
 */
export function higherPlans(plan: PlanFacts, held: readonly PlanFacts[]): ChainLink[] {
  return chainOf(plan, heldByNumber(held));
}

const heldByNumber = (held: readonly PlanFacts[]) =>
  new Map(held.flatMap((p) => (p.number ? [[documentNumberKey(p.number), p.slug] as const] : [])));

function chainOf(plan: PlanFacts, byNumber: ReadonlyMap<string, string>): ChainLink[] {
  return [...(plan.implements ?? []), ...(plan.basis ?? [])].filter(isPlan).map((c) => {
    const slug = c.plan ?? (c.number ? byNumber.get(documentNumberKey(c.number)) : undefined);
    return slug ? { ...c, slug } : { ...c };
  });
}

/** The held plans that follow a plan (the lower links of the chain). */
export function lowerPlans(plan: PlanFacts, held: readonly PlanFacts[]): string[] {
  return held
    .filter((p) => p.slug !== plan.slug && higherPlans(p, held).some((l) => l.slug === plan.slug))
    .map((p) => p.slug);
}

/**
 * Every held plan's chain at once (higherPlans and lowerPlans for each), linear in the number of
 * plans: the plan pages of a locale share it instead of scanning all plans per page.
 */
export function planChains(held: readonly PlanFacts[]): Map<string, { higher: ChainLink[]; lower: string[] }> {
  const byNumber = heldByNumber(held);
  const out = new Map<string, { higher: ChainLink[]; lower: string[] }>(
    held.map((p) => [p.slug, { higher: chainOf(p, byNumber), lower: [] }]),
  );
  for (const p of held)
    for (const slug of new Set(lookup(out, p.slug, 'planChains').higher.map((l) => l.slug)))
      if (slug && slug !== p.slug) out.get(slug)?.lower.push(p.slug);
  return out;
}
