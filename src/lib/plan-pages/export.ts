/** The downloadable JSON of a plan: its facts and text, unit and legal slugs resolved to names. */
import type { PlanFacts } from './types.ts';

export interface PlanExportInput {
  plan: PlanFacts & Record<string, unknown>;
  lang: string;
  /** The locale the title and summary are in (the Vietnamese source when not translated). */
  textLang: string;
  /** Where the fallback chain mixes languages: the full text's, each other text field's, each aligned list item's ('vi' when not listed). */
  languages: {
    text: string;
    fields: Readonly<Record<string, string>>;
    items: Readonly<Record<string, readonly string[]>>;
  };
  url: string;
  /** Full text (Markdown) of the plan. */
  text: string;
  unitName: (slug: string) => string;
}

/** A stable, self-describing object: field order fixed, slugs kept beside names so data users can join. */
export function planExport({
  plan,
  lang,
  textLang,
  languages,
  url,
  text,
  unitName,
}: PlanExportInput): Record<string, unknown> {
  const unit = (slug: string | undefined) => (slug ? { slug, name: unitName(slug) } : undefined);
  const p: Record<string, unknown> = plan;
  const pickAll = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, p[k]]));
  return {
    slug: plan.slug,
    url,
    lang,
    textLang,
    languages,
    ...pickAll(['title', 'summary', 'number']),
    issuer: unit(plan.issuer),
    ...pickAll(['place', 'issuedOn', 'year', 'level', 'area', 'purpose', 'basis', 'implements']),
    tasks: (plan.tasks ?? []).map((t) => ({
      title: t.title,
      timeframe: t.timeframe,
      lead: unit(t.lead),
      coLeads: (t.coLeads ?? []).map(unit),
      partners: (t.partners ?? []).map(unit),
    })),
    duties: (plan.duties ?? []).map((d) => ({ unit: unit(d.unit), items: d.items })),
    ...pickAll(['budget', 'reportingDeadlines', 'recipients', 'signer', 'source', 'sample']),
    text,
  };
}
