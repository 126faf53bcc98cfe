/** /<lang>/invest/profiles.csv: every profile in this locale, UTF-8 with BOM (opens in Excel). */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { getOpenData, openDataPaths } from '../../../data/profile-open-data.ts';
import { toCsv } from '../../../lib/invest/open-data.ts';

export const getStaticPaths = openDataPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Record<string, never>, Params> = async ({ params, site }) => {
  // astro.config.mjs sets site from province.yaml, and the open data links to each profile by its full address.
  if (!site) throw new Error('astro.config.mjs: site is not set; the open data needs full addresses');
  const { records } = await getOpenData(params.lang, site);
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
