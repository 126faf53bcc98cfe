/**
 * Self-hosted fonts: copies the woff2 files of the Fontsource packages each locale names
 * (`locale.fonts` in its UI strings) and writes one stylesheet per locale, so a Korean page
 * links Hangul faces and a Vietnamese page does not. unicode-range keeps downloads to the
 * glyphs a page uses.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkitten';
import { unicodeRangeOf } from '../lib/fonts/glyphs.ts';
import { repoRoot } from './provinces.ts';
import { coversAny, parseUnicodeRange } from '../lib/unicode-range.ts';
import { withBase } from '../lib/paths.ts';

const WEIGHTS = [400, 700];
/**
 * Families served in one weight only: a Hangul syllable costs ≈ 65 B per weight even subset, so a
 * 700 file doubled a Korean page's font bytes (issue 18). With no bold face in the family, the
 * browser draws bold Korean by thickening the 400 glyphs (CSS font-synthesis, on by default).
 */
const WEIGHTS_OF: Record<string, number[]> = { 'noto-sans-kr': [400] };
/**
 * Packages whose faces are cut per page by the build (src/lib/fonts/split-by-page.ts): a locale
 * using one links a stylesheet of its own from each page.
 */
export const SPLIT_BY_PAGE = ['noto-sans-kr'];
/** Scripts a Latin family needs for Vietnamese and English; the rest of Noto Sans is left out. */
const LATIN_SUBSETS = /-(latin|latin-ext|vietnamese)-\d00-normal/;

/**
 * Fontsource cuts Noto Sans KR into ~120 files per weight by frequency, so a Korean page's few
 * hundred syllables touch 20–30 of them, each fetched whole. The same family's single "korean"
 * file (the 2,350 syllables of KS X 1001, 2,646 characters) comes first in the stylesheet:
 * subsetFonts then puts every character it covers into one file per weight, and only the rare
 * rest into Fontsource's slices.
 */
const WHOLE_SCRIPT: Record<string, { dir: string; file: (weight: number) => string }> = {
  'noto-sans-kr': {
    dir: 'node_modules/@openfonts/noto-sans-kr_korean/files',
    file: (w) => `noto-sans-kr-korean-${w}.woff2`,
  },
};

/** The @font-face of a whole-script file, in Fontsource's shape, its unicode-range read from its character map. */
function wholeScriptBlock(family: string, weight: number, path: string, url: string): string {
  const font = create(readFileSync(path));
  if (!('characterSet' in font)) throw new Error(`${path}: a font collection, not one font`);
  const { characterSet } = font;
  return `@font-face {\n  font-family: ${family};\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url(${url}) format('woff2');\n  unicode-range: ${unicodeRangeOf(characterSet).replaceAll(',', ', ')};\n}`;
}

function faceBlocks(pkg: string, weight: number): string[] {
  const css = readFileSync(join(repoRoot, 'node_modules/@fontsource', pkg, `${weight}.css`), 'utf8');
  const blocks = css.split(/(?=\/\* )/).filter((b) => b.includes('@font-face'));
  return pkg === 'noto-sans' ? blocks.filter((b) => LATIN_SUBSETS.test(b)) : blocks;
}

/** Text in another script the page shows anyway (the language switcher's names) and its fonts. */
export interface ForeignText {
  packages: string[];
  text: string;
}

/**
 * Writes public/fonts/<lang>.css and the files it points at; returns the stylesheet's URL path.
 * Both are served under `base`, the path the portal is served at ("/" for most).
 * Besides the locale's own faces, it adds the few faces that other locales' names in the
 * language switcher need ("ភាសាខ្មែរ" on a Vietnamese page), never their whole script.
 */
export function writeLocaleFonts(
  publicDir: string,
  lang: string,
  packages: string[],
  foreign: ForeignText[] = [],
  base = '/',
): string {
  const outDir = join(publicDir, 'fonts');
  mkdirSync(outDir, { recursive: true });
  const css: string[] = [];
  const wanted: { pkg: string; weights: number[]; keep: (block: string) => boolean }[] = [
    ...packages.map((pkg) => ({ pkg, weights: WEIGHTS_OF[pkg] ?? WEIGHTS, keep: () => true })),
    ...foreign.flatMap(({ packages: others, text }) =>
      others
        .filter((pkg) => !packages.includes(pkg))
        .map((pkg) => ({
          pkg,
          weights: WEIGHTS_OF[pkg] ?? WEIGHTS,
          keep: (block: string) => coversAny(parseUnicodeRange(/unicode-range: ([^;]+);/.exec(block)?.[1] ?? ''), text),
        })),
    ),
  ];
  for (const { pkg, weights, keep } of wanted) {
    mkdirSync(join(outDir, pkg), { recursive: true });
    for (const weight of weights) {
      const whole = WHOLE_SCRIPT[pkg];
      const blocks = faceBlocks(pkg, weight).filter(keep);
      const [first] = blocks;
      if (whole && first && packages.includes(pkg)) {
        const family = /font-family: ([^;]+);/.exec(first)?.[1];
        if (!family) throw new Error(`@fontsource ${pkg} ${weight}: a @font-face without font-family`);
        const file = whole.file(weight);
        copyFileSync(join(repoRoot, whole.dir, file), join(outDir, pkg, file));
        css.push(wholeScriptBlock(family, weight, join(outDir, pkg, file), withBase(base, `/fonts/${pkg}/${file}`)));
      }
      for (const block of blocks) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        if (!file) continue;
        const target = join(outDir, pkg, file);
        if (!existsSync(target)) copyFileSync(join(repoRoot, 'node_modules/@fontsource', pkg, 'files', file), target);
        css.push(
          block.replace(/src: [^;]+;/, `src: url(${withBase(base, `/fonts/${pkg}/${file}`)}) format('woff2');`).trim(),
        );
      }
    }
  }
  writeFileSync(join(outDir, `${lang}.css`), css.join('\n') + '\n');
  return withBase(base, `/fonts/${lang}.css`);
}
