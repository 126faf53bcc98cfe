/**
 * The characters each font stylesheet is linked from, read from every built page with
 * glyphsOfPage (parse5). What a page holds is kept between builds under the digest of its bytes
 * (`<cacheDir>/page-glyphs.json`): on a rebuild almost every page is one Astro copied unchanged
 * from its incremental cache, and parsing all of them again was the largest after-build step
 * (see docs/benchmarks.md). The cache is dropped when the code that reads a page changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { glyphsOfPage } from '../../src/lib/fonts/glyphs.ts';

const CACHE_FILE = 'page-glyphs.json';

const pageGlyphs = z.object({
  /** Stylesheet hrefs as written in the page. */
  s: z.array(z.string()),
  /** Code points shown. */
  c: z.array(z.number()),
});
type PageGlyphs = z.infer<typeof pageGlyphs>;
const cacheFile = z.object({ version: z.string(), pages: z.record(z.string(), pageGlyphs) });

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** What a cached result depends on besides the page: the reading code and the HTML parser. */
function readerVersion(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(new URL('../../src/lib/fonts/glyphs.ts', import.meta.url))));
  hash.update(readFileSync(fileURLToPath(new URL('../../node_modules/parse5/package.json', import.meta.url))));
  return hash.digest('hex');
}

function readCache(file: string | undefined, version: string): Record<string, PageGlyphs> {
  if (!file || !existsSync(file)) return {};
  try {
    const parsed = cacheFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success && parsed.data.version === version ? parsed.data.pages : {};
  } catch {
    return {}; // a cache cut short (a build stopped while writing it) is read again from the pages
  }
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
  const version = readerVersion();
  const file = cacheDir && join(cacheDir, CACHE_FILE);
  const cached = readCache(file, version);
  const seen: Record<string, PageGlyphs> = {};
  const byHref = new Map<string, Set<number>>();
  for (const file of htmlFiles(siteDir)) {
    if (relative(siteDir, file).startsWith('admin/')) continue; // the CMS brings its own fonts
    const bytes = readFileSync(file);
    const digest = createHash('sha1').update(bytes).digest('hex');
    let page = seen[digest] ?? cached[digest];
    if (!page) {
      const { stylesheets, chars } = read(bytes.toString('utf8'));
      page = { s: stylesheets, c: [...chars] };
    }
    seen[digest] = page;
    for (const href of page.s.filter((h) => h.startsWith(fontsPath) && h.endsWith('.css'))) {
      const set = byHref.get(href) ?? new Set<number>();
      for (const c of page.c) set.add(c);
      byHref.set(href, set);
    }
  }
  // Only this build's pages: the file does not grow with every edit.
  if (cacheDir && file) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify({ version, pages: seen } satisfies z.infer<typeof cacheFile>));
  }
  return byHref;
}
