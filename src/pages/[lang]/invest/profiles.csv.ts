/** /<lang>/invest/profiles.csv: every profile in this locale, UTF-8 with BOM (opens in Excel). */
import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../../data/locales.ts';
import { getOpenData } from '../../../data/profile-open-data.ts';
import { toCsv } from '../../../lib/invest/open-data.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { records } = await getOpenData(params.lang!, site!);
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
