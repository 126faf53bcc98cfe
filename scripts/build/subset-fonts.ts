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
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { codesIn, unicodeRangeOf } from '../../src/lib/fonts/glyphs.ts';
import { charsByStylesheet } from './page-glyphs.ts';
import { parseUnicodeRange } from '../../src/lib/unicode-range.ts';
import { withBase } from '../../src/lib/paths.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';
import { SPLIT_BY_PAGE } from '../../src/node/fonts.ts';
import { splitByPage } from '../../src/lib/fonts/split-by-page.ts';

/** Printable ASCII, always kept: what a reader types into search is drawn with the page's font. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);

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
  const field = (block: string, name: string) => new RegExp(`${name}:\\s*([^;}]+)`).exec(block)?.[1]?.trim() ?? '';
  return css
    .split('@font-face')
    .slice(1)
    .map((block) => {
      const file = new RegExp(`url\\(${fontsPath}([^)]+\\.woff2)\\)`).exec(block)?.[1];
      if (!file) throw new Error(`${fontsPath}: an @font-face without a .woff2 file under it`);
      return {
        family: field(block, 'font-family'),
        style: field(block, 'font-style'),
        weight: field(block, 'font-weight'),
        display: field(block, 'font-display'),
        file,
        ranges: parseUnicodeRange(field(block, 'unicode-range')),
      };
    });
}

/** Where the site's stylesheets and font files are served, under `base`. */
export const fontsPathOf = (base: string): string => withBase(base, '/fonts/');

const hex = (c: number) => c.toString(16).toUpperCase();

/** A per-page stylesheet's name under fonts/<lang>/ (src/lib/fonts/split-by-page.ts): nothing else is written from a page's links. */
const PAGE_STYLESHEET = /^[0-9a-f]{16}\.css$/;

/**
 * `base`: the path the site is served under, which its stylesheets' font URLs start with.
 * `cacheDir`: where subsets are kept between builds, keyed by source file and characters (and
 * what each page shows, unless `linked` is given). `linked`: the characters per stylesheet href,
 * when read beside another step (glyphsOfSite with fontsPathOf(base)).
 */
export async function subsetFonts(
  siteDir: string,
  base = '/',
  cacheDir?: string,
  linked?: Map<string, Set<number>>,
): Promise<void> {
  const fontsDir = join(siteDir, 'fonts');
  if (!existsSync(fontsDir)) return;
  const fontsPath = fontsPathOf(base);
  linked ??= charsByStylesheet(siteDir, fontsPath, cacheDir);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });

  /** Writes `file` subset to `codes` under a name carrying its hash; returns that name. */
  const subset = async (file: string, codes: number[], noHinting: boolean): Promise<string> => {
    const source = readFileSync(join(fontsDir, file));
    const key = createHash('sha256')
      .update(source)
      .update(unicodeRangeOf(codes))
      .update(noHinting ? 'no-hinting' : '')
      .digest('hex');
    const cached = cacheDir && join(cacheDir, `${key}.woff2`);
    // noHinting is in subset-font's README and code; @types/subset-font does not list it yet.
    const options: Parameters<typeof subsetFont>[2] & { noHinting: boolean } = { targetFormat: 'woff2', noHinting };
    const bytes =
      cached && existsSync(cached)
        ? readFileSync(cached)
        : await subsetFont(source, String.fromCodePoint(...codes), options);
    if (cached && !existsSync(cached)) writeFileSync(cached, bytes);
    const out = file.replace(/\.woff2$/, `-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.woff2`);
    writeFileSync(join(fontsDir, out), bytes);
    return out;
  };
  const rule = (face: Face, file: string, range: string) =>
    `@font-face{font-family:${face.family};font-style:${face.style};font-display:${face.display};font-weight:${face.weight};` +
    `src:url(${fontsPath}${file}) format('woff2');unicode-range:${range}}`;

  for (const name of readdirSync(fontsDir).filter((f) => f.endsWith('.css'))) {
    const lang = name.replace(/\.css$/, '');
    // Pages of a locale whose fonts are cut per page each link fonts/<lang>/<key>.css.
    const pages = [...linked]
      .filter(
        ([href]) =>
          href.startsWith(`${fontsPath}${lang}/`) && PAGE_STYLESHEET.test(href.slice(`${fontsPath}${lang}/`.length)),
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const pageSheets = pages.map(([href]) => href);
    const pageChars = pages.map(([, chars]) => chars);
    const used = new Set<number>([
      ...(linked.get(`${fontsPath}${name}`) ?? []),
      ...pageChars.flatMap((set) => [...set]),
      ...ASCII,
    ]);
    for (const text of Object.values(readDictionary(lang) ?? {}))
      for (const ch of String(text)) {
        const code = ch.codePointAt(0);
        if (code !== undefined) used.add(code);
      }
    // Control characters (line breaks between tags) are never drawn.
    for (const c of used) if (c < 0x20 || (c >= 0x7f && c < 0xa0)) used.delete(c);
    // Each character goes to one face per family and weight (Fontsource's ranges overlap), and a
    // character an earlier family of the stack covers is never drawn with a later one.
    const taken = new Map<string, Set<number>>();
    const kept: string[] = [];
    const perPage = pageSheets.map((href) => ({ href, rules: new Array<string>() }));
    /** Faces every page stylesheet starts with: defined first, the others override them (CSS Fonts 4, unicode-range). */
    const fallbacks: string[] = [];
    for (const face of facesOf(readFileSync(join(fontsDir, name), 'utf8'), fontsPath)) {
      const earlierFamilies = [...taken].filter(([key]) => !key.startsWith(`${face.family}|`)).map(([, set]) => set);
      const sameFace = taken.get(`${face.family}|${face.weight}|${face.style}`) ?? new Set<number>();
      const codes = codesIn(face.ranges, used).filter(
        (c) => !sameFace.has(c) && !earlierFamilies.some((set) => set.has(c)),
      );
      if (!codes.length) continue;
      for (const c of codes) sameFace.add(c);
      taken.set(`${face.family}|${face.weight}|${face.style}`, sameFace);
      if (!pageSheets.length || !SPLIT_BY_PAGE.some((pkg) => face.file.startsWith(`${pkg}/`))) {
        const one = rule(face, await subset(face.file, codes, false), unicodeRangeOf(codes));
        kept.push(one);
        for (const page of perPage) page.rules.push(one);
        continue;
      }
      // Hints only steer rasterising at small sizes on old screens; Hangul glyphs are ≈ 20 % smaller without.
      const { shared, rest, own } = splitByPage(pageChars, codes);
      const sharedFile = shared.length ? await subset(face.file, shared, true) : undefined;
      const restFile = rest.length ? await subset(face.file, rest, true) : undefined;
      if (sharedFile) kept.push(rule(face, sharedFile, unicodeRangeOf(shared)));
      if (restFile) kept.push(rule(face, restFile, unicodeRangeOf(rest)));
      // In a page's stylesheet each of these files spans its first to last character (a few bytes
      // instead of a list of up to hundreds), rest first: a face defined later wins for the
      // characters it spans (CSS Fonts 4, unicode-range), and a character missing from a face's
      // file is looked up in the next one. So the page's own face (always fetched: the page shows
      // its characters) wins for its syllables, the shared one for the others on the page, and the
      // rest is fetched only for text the page did not have when built (search results). Chromium
      // requests the shared file with the own one, not after it (docs/benchmarks.md).
      const span = (list: number[]) => {
        const [first] = list;
        const last = list.at(-1);
        if (first === undefined || last === undefined) throw new Error('a font file spans no character');
        return `U+${hex(first)}-${hex(last)}`;
      };
      if (restFile) fallbacks.push(rule(face, restFile, span(rest)));
      for (const [i, page] of perPage.entries()) {
        if (sharedFile) page.rules.push(rule(face, sharedFile, span(shared)));
        // splitByPage gives one list per page, in the pages' order.
        const mine = own[i];
        if (!mine) throw new Error(`splitByPage: no characters listed for ${page.href}`);
        if (mine.length) page.rules.push(rule(face, await subset(face.file, mine, true), span(mine)));
      }
    }
    writeFileSync(join(fontsDir, name), kept.join('\n') + '\n');
    // Only this build's pages' stylesheets (a kept output folder may hold an earlier build's).
    rmSync(join(fontsDir, lang), { recursive: true, force: true });
    for (const { href, rules } of perPage) {
      mkdirSync(join(fontsDir, lang), { recursive: true });
      writeFileSync(
        join(fontsDir, lang, href.slice(`${fontsPath}${lang}/`.length)),
        [...fallbacks, ...rules].join('\n') + '\n',
      );
    }
  }
}
