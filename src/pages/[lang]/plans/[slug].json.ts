/** A plan as data: /<lang>/plans/<slug>.json, its facts, units named, and full text. */
import type { APIRoute } from 'astro';
import { getPlanContext, planBody, planFacts, planPaths, type PlanItem } from '../../../data/plans.ts';
import { planExport } from '../../../lib/plan-pages/export.ts';
import { absoluteUrl, localePath } from '../../../i18n/urls.ts';

export const getStaticPaths = planPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { item } = props as { item: PlanItem };
  const lang = params.lang!;
  const ctx = await getPlanContext(lang);
  const body = await planBody(item);
  const out = planExport({
    plan: { ...(item.data as Record<string, unknown>), ...planFacts(item) },
    lang,
    textLang: item.textLang,
    languages: { text: body.lang, fields: item.fieldLangs, items: item.itemLangs },
    url: absoluteUrl(localePath(lang, 'plans', item.slug)),
    text: body.markdown,
    unitName: (slug) => ctx.units.get(slug)?.name.text ?? slug,
  });
  return new Response(`${JSON.stringify(out, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
