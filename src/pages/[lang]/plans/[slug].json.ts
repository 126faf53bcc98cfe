/** A plan as data: /<lang>/plans/<slug>.json, its facts, units named, and full text. */
import type { APIRoute, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { getPlanContext, planBody, planFacts, planPaths } from '../../../data/plans.ts';
import { planExport } from '../../../lib/plan-pages/export.ts';
import { absoluteUrl, localePath } from '../../../i18n/urls.ts';

export const getStaticPaths = planPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props, Params> = async ({ params, props }) => {
  const { item } = props;
  const { lang } = params;
  const ctx = await getPlanContext(lang);
  const body = await planBody(item);
  const out = planExport({
    plan: { ...item.data, ...planFacts(item) },
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
