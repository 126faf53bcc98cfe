/** Stand-alone pages (content/<province>/pages/) such as "about", in a locale. */
import { getLocalized, type LocalizedEntry } from './entries.ts';

export async function getPage(slug: string, lang: string): Promise<LocalizedEntry<'pages'> | undefined> {
  return (await getLocalized('pages', lang)).find((p) => p.slug === slug);
}
