/** One spokesperson's vCard 3.0, in the locale's language (title, unit, topics); names keep their diacritics. */
import type { APIRoute, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { spokespersonPaths, toVcard } from '../../../data/spokespeople.ts';
import { vcard } from '../../../lib/vcard.ts';

export const getStaticPaths = spokespersonPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props, Params> = ({ params, props }) => {
  return new Response(vcard(toVcard(props.person, params.lang)), {
    headers: { 'content-type': 'text/vcard; charset=utf-8' },
  });
};
