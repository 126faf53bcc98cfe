/**
 * Sveltia CMS, as published, reaches other origins on its own: its interface translations and its
 * update check come from unpkg.com, its three fonts from cdn.jsdelivr.net, the GitHub status from
 * githubstatus.com. The CMS has no setting for any of them, and the portal's policy blocks them
 * (a blocked translation file froze the page). So the build rewrites those few addresses in the
 * copied bundle to files it serves beside the bundle, relative to /admin/ (so a sub-path works).
 *
 * Each rewrite must match exactly as often as this version of the bundle has it; a new Sveltia
 * release that moved one stops the build with a message naming it, rather than letting the CMS
 * quietly go back to a CDN.
 */

/** A file the rewritten bundle asks for, and where it comes from. */
export type CmsAsset =
  | { kind: 'font'; file: string; pkg: string; packageFile: string }
  | { kind: 'locales'; locales: readonly string[] }
  | { kind: 'version' }
  | { kind: 'status' };

interface Rewrite {
  what: string;
  find: RegExp;
  times: number;
  /** The replacement, from the pattern's groups. */
  to: (groups: string[]) => { text: string; asset?: CmsAsset };
}

/** The npm package that holds each fontsource family the bundle names (same files, same subsets). */
const FONT_PACKAGES: Record<string, { pkg: string; file: (name: string) => string }> = {
  'source-sans-3:vf': { pkg: '@fontsource-variable/source-sans-3', file: (n) => `source-sans-3-${n}` },
  'noto-mono': { pkg: '@fontsource/noto-mono', file: (n) => `noto-mono-${n}` },
  'material-symbols-outlined:vf': {
    pkg: '@fontsource-variable/material-symbols-outlined',
    file: (n) => `material-symbols-outlined-${n}`,
  },
};

/**
 * The interface languages the CMS offers: Vietnamese for the office, English for everyone else.
 * Its other languages (Korean, Japanese…) are left out on purpose: their scripts need fonts the
 * portal does not serve to /admin/, and the collections and labels exist only in these two.
 * en-US is built into the bundle; the others are files in locales/.
 */
export const CMS_LOCALES = ['en-US', 'vi'] as const;
const BUILT_IN_LOCALE = 'en-US';

const REWRITES: readonly Rewrite[] = [
  {
    // `ar,bg,…,vi,zh-TW`.split(`,`): the languages it picks from (by the browser's) and offers.
    what: 'the list of interface languages',
    // (A stock-photo service has a list of its own, without en-US.)
    find: /`(?:[a-z]{2}(?:-[A-Z]{2})?,){5,}en-US,(?:[a-z]{2}(?:-[A-Z]{2})?,){5,}[a-z]{2}(?:-[A-Z]{2})?`(?=\.split\(`,`\))/g,
    times: 1,
    to: () => ({ text: `\`${CMS_LOCALES.join(',')}\`` }),
  },
  {
    what: 'the fonts on cdn.jsdelivr.net (Source Sans 3, Noto Mono, Material Symbols)',
    find: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+(?::vf)?)@[0-9.]+\/([a-z0-9-]+\.woff2)/g,
    times: 3,
    to: ([family = '', name = '']) => {
      const font = FONT_PACKAGES[family];
      if (!font)
        throw new Error(
          `Sveltia CMS: phông chữ "${family}" từ cdn.jsdelivr.net chưa có gói npm tương ứng trong src/editor/cms-bundle.ts (FONT_PACKAGES)`,
        );
      const file = font.file(name);
      return { text: `fonts/${file}`, asset: { kind: 'font', file, pkg: font.pkg, packageFile: `files/${file}` } };
    },
  },
  {
    // `${base}@${version}/locales`: the folder the interface translations (vi.json…) are fetched from.
    what: 'the interface translations on unpkg.com (…@version/locales)',
    find: /`\$\{[\w$]+\}@\$\{[\w$]+\}\/locales`/g,
    times: 1,
    to: () => ({
      text: '`locales`',
      asset: { kind: 'locales', locales: CMS_LOCALES.filter((l) => l !== BUILT_IN_LOCALE) },
    }),
  },
  {
    // `${base}/package.json`: the update check compares that version with its own.
    what: 'the update check on unpkg.com (…/package.json)',
    find: /`\$\{[\w$]+\}\/package\.json`/g,
    times: 1,
    to: () => ({ text: '`version.json`', asset: { kind: 'version' } }),
  },
  {
    what: 'the GitHub status check on githubstatus.com',
    find: /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g,
    times: 1,
    to: () => ({ text: 'github-status.json', asset: { kind: 'status' } }),
  },
];

/** The bundle with every address above pointing at the portal's own files, and the files to serve. */
export function ownOriginBundle(code: string): { code: string; assets: CmsAsset[] } {
  const assets: CmsAsset[] = [];
  for (const rewrite of REWRITES) {
    const found = [...code.matchAll(rewrite.find)].length;
    if (found !== rewrite.times)
      throw new Error(
        `Sveltia CMS: tìm thấy ${found} lần (cần đúng ${rewrite.times}) ${rewrite.what} trong sveltia-cms.js — phiên bản mới của @sveltia/cms đã đổi mã; hãy cập nhật src/editor/cms-bundle.ts trước khi nâng cấp`,
      );
    code = code.replace(rewrite.find, (_match, ...rest: unknown[]) => {
      // After the groups come the offset and the whole text: keep the groups.
      const { text, asset } = rewrite.to(rest.filter((g): g is string => typeof g === 'string').slice(0, -1));
      if (asset) assets.push(asset);
      return text;
    });
  }
  return { code, assets };
}

/** Its answer when the status page is not asked: "unknown" shows no incident banner, and claims none. */
export const GITHUB_STATUS_UNKNOWN = { status: { indicator: 'unknown' } };
