/** Every current spokesperson in one .vcf file, for importing the whole directory at once. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { getSpokespeople, spokespeopleDirectoryPaths, toVcard } from '../../data/spokespeople.ts';
import { vcardDirectory } from '../../lib/vcard.ts';

export const getStaticPaths = spokespeopleDirectoryPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;

export const GET: APIRoute<Record<string, never>, Params> = async ({ params }) => {
  const { lang } = params;
  const { current } = await getSpokespeople(lang);
  return new Response(vcardDirectory(current.map((p) => toVcard(p, lang))), {
    headers: { 'content-type': 'text/vcard; charset=utf-8' },
  });
};
