/**
 * Plans, the units they name and the legal documents they cite, as the plan, unit and legal pages
 * show them in a locale: names resolved, each unit's tasks and duties, each document's citing plans.
 */
import { entryContent } from './entry-content.ts';
import { province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { conceptKey, renderKey } from './render-keys.ts';
import { localizedPaths } from '../lib/localized-paths.ts';
import { getRecords } from './records.ts';
import { getSpokespeople } from './spokespeople.ts';
import { pickWithLang } from '../lib/localize.ts';
import { chainFor } from './fallback-chain.ts';
import { unitRoles, type UnitRoles } from '../lib/plan-pages/roles.ts';
import { planChains, plansCiting, type ChainLink, type CitationWay } from '../lib/plan-pages/citations.ts';
import type { PlanFacts } from '../lib/plan-pages/types.ts';
import type { Unit } from '../schemas/unit.ts';
import type { Legal } from '../schemas/legal.ts';
import type { Named, UnitView as View } from '../lib/views/plans.ts';
import { distinct, plansByYear } from '../lib/plan-pages/listing.ts';
import { numberIndex } from '../lib/plan-pages/number-index.ts';
import { mentionedDocuments } from '../lib/plan-pages/mentions.ts';

export type PlanItem = LocalizedEntry<'plans'>;

export type UnitView = View<Unit['level'], Unit['kind']>;

export interface LegalView {
  slug: string;
  number: string;
  kind: Legal['kind'];
  issuedOn: string;
  issuer: Named;
  title: Named;
  /** Where to read it and what kind of page that is (the schema asks for both together). */
  source?: { url: string; kind: NonNullable<Legal['sourceKind']> };
  sample: boolean;
}

export interface PlanContext {
  plans: PlanItem[];
  units: Map<string, UnitView>;
  legal: Map<string, LegalView>;
  roles: Map<string, UnitRoles>;
  citing: Map<string, { plan: string; way: CitationWay }[]>;
  bySlug: Map<string, PlanItem>;
  /** Each plan's higher and lower plans, computed once per locale. */
  chains: Map<string, { higher: ChainLink[]; lower: string[] }>;
}

/** The plan facts the pure logic reads. */
export const planFacts = (item: PlanItem): PlanFacts => ({
  slug: item.slug,
  ...item.data,
});

const cache = new Map<string, Promise<PlanContext>>();

async function load(lang: string): Promise<PlanContext> {
  const plans = await getLocalized('plans', lang);
  const units = new Map(
    (await getRecords('units')).map(({ id, data }) => [
      id,
      {
        slug: id,
        name: pickWithLang(data.name, lang, chainFor(lang)),
        level: data.level,
        kind: data.kind,
        parent: data.parent,
        until: data.until,
        successors: data.successors,
        website: data.website,
        sample: data.sample,
      },
    ]),
  );
  const legal = new Map(
    (await getRecords('legal')).map(({ id, data }) => [
      id,
      {
        slug: id,
        number: data.number,
        kind: data.kind,
        issuedOn: data.issuedOn,
        issuer: pickWithLang(data.issuer, lang, chainFor(lang)),
        title: pickWithLang(data.title, lang, chainFor(lang)),
        source: data.url && data.sourceKind ? { url: data.url, kind: data.sourceKind } : undefined,
        sample: data.sample,
      },
    ]),
  );
  const facts = plans.map(planFacts);
  // Folding every plan's whole text is made on first use: only the legal pages read it, and on a
  // rebuild they are mostly copied from the last build (0.7 s at 2,000 entries, docs/benchmarks.md).
  let citing: PlanContext['citing'] | undefined;
  return {
    plans,
    units,
    legal,
    roles: unitRoles(facts),
    get citing() {
      citing ??= plansCiting(facts, [...legal.values()], new Map(plans.map((p) => [p.slug, p.source.body ?? ''])));
      return citing;
    },
    bySlug: new Map(plans.map((p) => [p.slug, p])),
    chains: planChains(facts),
  };
}

/** Everything the plan pages of a locale need, loaded once per locale. */
export function getPlanContext(lang: string): Promise<PlanContext> {
  const loading = cache.get(lang) ?? load(lang);
  cache.set(lang, loading);
  return loading;
}

/** The full text to show and the locale it is in: the fallback chain's first body (entries.ts), else the Vietnamese. */
export async function planBody(item: PlanItem) {
  return {
    Content: await entryContent(item.entry),
    lang: item.bodyLang,
    markdown: (item.entry.body ?? '').trim(),
  };
}

/** The plans a plan follows (linked where held) and the held plans that follow it. */
export function planChain(item: PlanItem, ctx: PlanContext) {
  // planChains (src/lib/plan-pages/citations.ts) has an entry for each plan it was given, and links
  // only those: a miss is a bug in the context, not in content.
  const chain = ctx.chains.get(item.slug);
  if (!chain) throw new Error(`plans/${item.slug}: not in the plan context`);
  const lower = chain.lower.map((slug) => {
    const p = ctx.bySlug.get(slug);
    if (!p) throw new Error(`plans/${slug}: a lower plan of ${item.slug} that is not held`);
    return { slug, title: p.data.title, textLang: p.textLang };
  });
  return { higher: chain.higher, lower };
}

/** Static paths of every plan page in every locale. */
export function planPaths() {
  return localizedPaths(
    province.locales,
    async (lang) => (await getPlanContext(lang)).plans,
    async (item) => ({ slug: item.slug, props: { item }, cacheKey: await renderKey('plans', item.slug) }),
  );
}

/** Static paths of every unit page in every locale. */
export function unitPaths() {
  // A unit page lists its tasks and duties across every plan.
  return localizedPaths(
    province.locales,
    async (lang) => (await getPlanContext(lang)).units.values(),
    async (unit) => ({ slug: unit.slug, props: { unit }, cacheKey: await conceptKey('plans') }),
  );
}

/** Static paths of every legal document page in every locale. */
export async function legalPaths() {
  // A legal document (a site-wide record) lists the plans citing it.
  const key = await conceptKey('plans');
  return localizedPaths(
    province.locales,
    async (lang) => (await getPlanContext(lang)).legal.values(),
    (doc) => ({ slug: doc.slug, props: { doc }, cacheKey: key }),
  );
}

/** The plans index of a locale: plans by year, the numbers they show and cite, levels and issuers. */
export async function plansIndex(lang: string) {
  const ctx = await getPlanContext(lang);
  const facts = ctx.plans.map(planFacts);
  const issuerName = (p: { issuer: string }) => ctx.units.get(p.issuer)?.name.text ?? p.issuer;
  return {
    ctx,
    years: plansByYear(
      ctx.plans.map((item) => ({ ...planFacts(item), item })),
      issuerName,
    ),
    // The numbers site search finds in a plan's Vietnamese text, not only those of its basis.
    numbers: numberIndex(
      facts,
      [...ctx.legal.values()],
      'Kế hoạch',
      new Map(ctx.plans.map((p) => [p.slug, mentionedDocuments(p.source.body ?? '')])),
    ),
    levels: (['province', 'department', 'district', 'commune'] as const).filter((l) =>
      facts.some((p) => p.level === l),
    ),
    issuers: distinct(facts.map((p) => p.issuer)),
  };
}

/** Spokespeople (current and former on the build date) whose unit is `unit`. */
export async function unitSpokespeople(unit: string, lang: string) {
  const slugs = new Set((await getRecords('people')).filter((p) => p.data.unit === unit).map((p) => p.id));
  const { current, former } = await getSpokespeople(lang);
  return { current: current.filter((p) => slugs.has(p.slug)), former: former.filter((p) => slugs.has(p.slug)) };
}
