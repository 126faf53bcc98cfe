/** /<lang>/invest/profiles.json: every profile in this locale, with the exchange rate used. */
import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../../data/locales.ts';
import { getOpenData } from '../../../data/profile-open-data.ts';
import { toJson } from '../../../lib/invest/open-data.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { records, rate } = await getOpenData(params.lang!, site!);
  return new Response(toJson(records, { lang: params.lang!, rate }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
