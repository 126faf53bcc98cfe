/** One spokesperson's vCard 3.0, in the locale's language (title, unit, topics); names keep their diacritics. */
import type { APIRoute } from 'astro';
import { spokespersonPaths, toVcard, type SpokespersonView } from '../../../data/spokespeople.ts';
import { vcard } from '../../../lib/vcard.ts';

export const getStaticPaths = spokespersonPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { person } = props as { person: SpokespersonView };
  return new Response(vcard(toVcard(person, params.lang!)), {
    headers: { 'content-type': 'text/vcard; charset=utf-8' },
  });
};
