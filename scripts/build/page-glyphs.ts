/**
 * The characters each font stylesheet is linked from, read from every built page with
 * glyphsOfPage (parse5). What a page holds is kept between builds under the digest of its bytes
 * (`<cacheDir>/page-glyphs.json`, scripts/build/page-memo.ts): on a rebuild almost every page is
 * one Astro copied unchanged, and parsing all of them again was the largest after-build step
 * (docs/benchmarks.md, fifth round).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { glyphsOfPage } from '../../src/lib/fonts/glyphs.ts';
import { codeVersion, pageMemo } from './page-memo.ts';

/** Stylesheet hrefs as written in the page, and the code points it shows. */
const pageGlyphs = z.object({ s: z.array(z.string()), c: z.array(z.number()) });

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/**
 * `cacheDir`: where the per-page results are kept between builds (none: every page is parsed).
 * `read`: how a page is read (tests count the calls).
 */
export function charsByStylesheet(
  siteDir: string,
  fontsPath: string,
  cacheDir?: string,
  read: typeof glyphsOfPage = glyphsOfPage,
): Map<string, Set<number>> {
  const memo = pageMemo(
    cacheDir,
    'page-glyphs',
    codeVersion('src/lib/fonts/glyphs.ts', 'node_modules/parse5/package.json'),
    pageGlyphs,
  );
  const byHref = new Map<string, Set<number>>();
  for (const file of htmlFiles(siteDir)) {
    if (relative(siteDir, file).startsWith('admin/')) continue; // the CMS brings its own fonts
    const page = memo.of(readFileSync(file), (html) => {
      const { stylesheets, chars } = read(html);
      return { s: stylesheets, c: [...chars] };
    });
    for (const href of page.s.filter((h) => h.startsWith(fontsPath) && h.endsWith('.css'))) {
      const set = byHref.get(href) ?? new Set<number>();
      for (const c of page.c) set.add(c);
      byHref.set(href, set);
    }
  }
  memo.save();
  return byHref;
}
