/**
 * What the after-build steps need of every built page, read in one pass (scripts/build/built-pages.ts):
 * the characters each font stylesheet is linked from (for subsetFonts) and the pages' heads (for
 * writeSiteFiles). Neither step writes a page, so reading them before both gives what each read alone.
 */
import { join } from 'node:path';
import { visitPages } from './built-pages.ts';
import { glyphsOfSite } from './page-glyphs.ts';
import { headsOfSite, type PageHeads } from './site-files.ts';
import { fontsPathOf } from './subset-fonts.ts';

/** `cacheDir`: the province's cache folder, whose `fonts/` and `site-files/` keep each step's memo. */
export function readPagesOnce(
  siteDir: string,
  base: string,
  cacheDir: string,
): { linked: Map<string, Set<number>>; heads: PageHeads } {
  const glyphs = glyphsOfSite(fontsPathOf(base), join(cacheDir, 'fonts'));
  const heads = headsOfSite(join(cacheDir, 'site-files'));
  visitPages(siteDir, glyphs.visit, heads.visit);
  return { linked: glyphs.byStylesheet(), heads: heads.done() };
}
