/** /<lang>/invest/profiles.json: every profile in this locale, with the exchange rate used. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { getOpenData, openDataPaths } from '../../../data/profile-open-data.ts';
import { toJson } from '../../../lib/invest/open-data.ts';

export const getStaticPaths = openDataPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Record<string, never>, Params> = async ({ params, site }) => {
  // astro.config.mjs sets site from province.yaml, and the open data links to each profile by its full address.
  if (!site) throw new Error('astro.config.mjs: site is not set; the open data needs full addresses');
  const { records, rate } = await getOpenData(params.lang, site);
  return new Response(toJson(records, { lang: params.lang, rate }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
