/**
 * Cuts each locale's fonts down to the characters the built site shows with them: every page's
 * text is read (parse5), each face of fonts/<lang>.css keeps only the characters of the pages that
 * link that stylesheet (and of the locale's UI strings, which scripts may show), its file is
 * subset to them (subset-font, HarfBuzz) and its unicode-range written as exactly those
 * characters. Faces with none are dropped: a Korean page links a small stylesheet and fetches
 * only the few small files its own text needs. Files keep the site's own origin; their names
 * carry a hash of their bytes, so a changed subset is a new URL. Runs before pruneFonts, which
 * then removes the files no stylesheet names any more.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import subsetFont from 'subset-font';
import { codesIn, glyphsOfPage, unicodeRangeOf } from '../../src/lib/fonts/glyphs.ts';
import { parseUnicodeRange } from '../../src/lib/unicode-range.ts';
import { withBase } from '../../src/lib/paths.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';

/** Printable ASCII, always kept: what a reader types into search is drawn with the page's font. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.isFile() && e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** The characters each font stylesheet (by URL path) is linked from. */
function charsByStylesheet(siteDir: string, fontsPath: string): Map<string, Set<number>> {
  const byHref = new Map<string, Set<number>>();
  for (const file of htmlFiles(siteDir)) {
    if (relative(siteDir, file).startsWith('admin/')) continue; // the CMS brings its own fonts
    const { stylesheets, chars } = glyphsOfPage(readFileSync(file, 'utf8'));
    for (const href of stylesheets.filter((h) => h.startsWith(fontsPath) && h.endsWith('.css'))) {
      const set = byHref.get(href) ?? new Set<number>();
      for (const c of chars) set.add(c);
      byHref.set(href, set);
    }
  }
  return byHref;
}

/** One face of a stylesheet src/node/fonts.ts wrote (from Fontsource's; ours, so its shape is known). */
interface Face {
  family: string;
  style: string;
  weight: string;
  display: string;
  file: string;
  ranges: [number, number][];
}
function facesOf(css: string, fontsPath: string): Face[] {
  const field = (block: string, name: string) => new RegExp(`${name}:\s*([^;}]+)`).exec(block)?.[1]?.trim() ?? '';
  return css
    .split('@font-face')
    .slice(1)
    .map((block) => ({
      family: field(block, 'font-family'),
      style: field(block, 'font-style'),
      weight: field(block, 'font-weight'),
      display: field(block, 'font-display'),
      file: new RegExp(`url\\(${fontsPath}([^)]+\\.woff2)\\)`).exec(block)![1]!,
      ranges: parseUnicodeRange(field(block, 'unicode-range')),
    }));
}

/**
 * `base`: the path the site is served under, which its stylesheets' font URLs start with.
 * `cacheDir`: where subsets are kept between builds, keyed by source file and characters.
 */
export async function subsetFonts(siteDir: string, base = '/', cacheDir?: string): Promise<void> {
  const fontsDir = join(siteDir, 'fonts');
  if (!existsSync(fontsDir)) return;
  const fontsPath = withBase(base, '/fonts/');
  const linked = charsByStylesheet(siteDir, fontsPath);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  for (const name of readdirSync(fontsDir).filter((f) => f.endsWith('.css'))) {
    const lang = name.replace(/\.css$/, '');
    const used = new Set<number>([...(linked.get(`${fontsPath}${name}`) ?? []), ...ASCII]);
    for (const text of Object.values(readDictionary(lang) ?? {})) for (const ch of String(text)) used.add(ch.codePointAt(0)!);
    // Control characters (line breaks between tags) are never drawn.
    for (const c of used) if (c < 0x20 || (c >= 0x7f && c < 0xa0)) used.delete(c);
    // Each character goes to one face per family and weight (Fontsource's ranges overlap), and a
    // character an earlier family of the stack covers is never drawn with a later one.
    const taken = new Map<string, Set<number>>();
    const kept: string[] = [];
    for (const face of facesOf(readFileSync(join(fontsDir, name), 'utf8'), fontsPath)) {
      const earlierFamilies = [...taken].filter(([key]) => !key.startsWith(`${face.family}|`)).map(([, set]) => set);
      const sameFace = taken.get(`${face.family}|${face.weight}|${face.style}`) ?? new Set<number>();
      const codes = codesIn(face.ranges, used).filter((c) => !sameFace.has(c) && !earlierFamilies.some((set) => set.has(c)));
      if (!codes.length) continue;
      for (const c of codes) sameFace.add(c);
      taken.set(`${face.family}|${face.weight}|${face.style}`, sameFace);
      const source = readFileSync(join(fontsDir, face.file));
      const key = createHash('sha256').update(source).update(unicodeRangeOf(codes)).digest('hex');
      const cached = cacheDir && join(cacheDir, `${key}.woff2`);
      const subset = cached && existsSync(cached) ? readFileSync(cached) : await subsetFont(source, String.fromCodePoint(...codes), { targetFormat: 'woff2' });
      if (cached && !existsSync(cached)) writeFileSync(cached, subset);
      const out = face.file.replace(/\.woff2$/, `-${createHash('sha256').update(subset).digest('hex').slice(0, 10)}.woff2`);
      writeFileSync(join(fontsDir, out), subset);
      kept.push(
        `@font-face{font-family:${face.family};font-style:${face.style};font-display:${face.display};font-weight:${face.weight};` +
          `src:url(${fontsPath}${out}) format('woff2');unicode-range:${unicodeRangeOf(codes)}}`,
      );
    }
    writeFileSync(join(fontsDir, name), kept.join('\n') + '\n');
  }
}
