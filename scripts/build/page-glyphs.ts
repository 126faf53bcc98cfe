/**
 * The characters each font stylesheet is linked from, read from every built page with
 * glyphsOfPage (parse5). What a page holds is kept between builds under the digest of its bytes
 * (`<cacheDir>/page-glyphs.json`, scripts/build/page-memo.ts): on a rebuild almost every page is
 * one Astro copied unchanged, and parsing all of them again was the largest after-build step
 * (docs/benchmarks.md, fifth round).
 */
import { arrayOf, isInteger, isString, objectOf } from '../../src/lib/json-shape.ts';
import { glyphsOfPage } from '../../src/lib/fonts/glyphs.ts';
import { codeVersion, pageMemo } from './page-memo.ts';
import { visitPages, type PageVisitor } from './built-pages.ts';

/** Stylesheet hrefs as written in the page, and the code points it shows. */
const pageGlyphs = objectOf<{ s: string[]; c: number[] }>({ s: arrayOf(isString), c: arrayOf(isInteger) });

export interface GlyphsOfSite {
  /** Takes each page's characters (from the memo, or read); hand it to visitPages. */
  visit: PageVisitor;
  /** The characters per stylesheet href of the pages visited; writes the memo. */
  byStylesheet(): Map<string, Set<number>>;
}

/**
 * `cacheDir`: where the per-page results are kept between builds (none: every page is parsed).
 * `read`: how a page is read (tests count the calls).
 */
export function glyphsOfSite(
  fontsPath: string,
  cacheDir?: string,
  read: typeof glyphsOfPage = glyphsOfPage,
): GlyphsOfSite {
  const memo = pageMemo(
    cacheDir,
    'page-glyphs',
    codeVersion('src/lib/fonts/glyphs.ts', 'node_modules/parse5/package.json'),
    pageGlyphs,
  );
  const byHref = new Map<string, Set<number>>();
  return {
    visit(built) {
      if (built.file.startsWith('admin/')) return; // the CMS brings its own fonts
      const page = memo.of(built, (html) => {
        const { stylesheets, chars } = read(html);
        return { s: stylesheets, c: [...chars] };
      });
      for (const href of page.s.filter((h) => h.startsWith(fontsPath) && h.endsWith('.css'))) {
        const set = byHref.get(href) ?? new Set<number>();
        for (const c of page.c) set.add(c);
        byHref.set(href, set);
      }
    },
    byStylesheet() {
      memo.save();
      return byHref;
    },
  };
}

/** The characters each font stylesheet is linked from, for the site's pages alone (glyphsOfSite). */
export function charsByStylesheet(
  siteDir: string,
  fontsPath: string,
  cacheDir?: string,
  read: typeof glyphsOfPage = glyphsOfPage,
): Map<string, Set<number>> {
  const glyphs = glyphsOfSite(fontsPath, cacheDir, read);
  visitPages(siteDir, glyphs.visit);
  return glyphs.byStylesheet();
}
