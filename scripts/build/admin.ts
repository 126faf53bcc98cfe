/**
 * The editors' CMS at /admin/: Sveltia CMS served from the site's own origin (copied from
 * node_modules, its CDN addresses rewritten to files served beside it: src/editor/cms-bundle.ts) with
 * a config generated from the schemas and the province's `cms:` block. Written after Pagefind and
 * the sitemap, so it is in neither; the page also says noindex.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import { cmsConfig } from '../../src/editor/cms-config.ts';
import { adminIndexHtml, adminTitle } from '../../src/lib/admin-page.ts';
import { resolveCmsBackend, type CmsBackend } from '../../src/lib/cms-backend.ts';
import { GITHUB_STATUS_UNKNOWN, ownOriginBundle, type CmsAsset } from '../../src/editor/cms-bundle.ts';
import { servedCmsLocale, type CmsLocaleStrings } from '../../src/editor/cms-locale.ts';
import { conceptFields } from '../../src/node/schema-model.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';
import type { ProvinceConfig } from '../../src/node/provinces.ts';

/** Sveltia's interface translations as its package ships them: strings, nested by screen. */
const cmsLocaleStrings: z.ZodType<CmsLocaleStrings> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), cmsLocaleStrings])),
);
const packageVersion = z.object({ version: z.string() });

const require = createRequire(import.meta.url);
/** A file inside an installed package (its exports may not list it, so found from package.json). */
const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
/** The package exports only its entry (npm/index.js); the browser bundle, chunks and locales sit beside it. */
const sveltiaDir = () => join(dirname(require.resolve('@sveltia/cms')), '..');

/**
 * The CMS backend of a province (src/lib/cms-backend.ts), or undefined when it has none outside a
 * deploy; a deploy with a sample or missing backend, or a malformed override, throws its message.
 */
export function provinceCmsBackend(
  province: ProvinceConfig,
  env: NodeJS.ProcessEnv = process.env,
): CmsBackend | undefined {
  const resolved = resolveCmsBackend(province.id, province.cms, env);
  if ('backend' in resolved) return resolved.backend;
  if (resolved.fatal) throw new Error(resolved.problem);
  console.warn(`⚠ ${resolved.problem} (không dựng /admin/)`);
  return undefined;
}

/**
 * `base`: the path the portal is served under. At a host's root the CMS's own default (the origin
 * it runs on) is the portal's address; under a path the config names it, or "view site" would
 * lead to the origin's root. Media paths need nothing: content names its pictures and files
 * relative to the province folder ("images/…", "files/…"), never by URL.
 */
export function provinceCmsConfig(province: ProvinceConfig, backend: CmsBackend, base = '/') {
  const siteUrl = base === '/' ? undefined : absoluteUrl(province.site, base, '/');
  return cmsConfig({
    province: province.id,
    locales: province.locales,
    ...backend,
    fields: conceptFields,
    siteUrl,
    dictionary: readDictionary,
    title: adminTitle(province.name.vi),
    // The site copies the logo to /brand/logo.<ext> (src/integrations/portal.ts); /admin/ is beside it.
    logo: `../brand/logo${extname(province.logo)}`,
  });
}

/** Serves, beside the rewritten bundle, each file it now asks for. */
function writeAsset(dir: string, asset: CmsAsset): void {
  switch (asset.kind) {
    case 'font':
      mkdirSync(join(dir, 'fonts'), { recursive: true });
      return copyFileSync(packageFile(asset.pkg, asset.packageFile), join(dir, 'fonts', asset.file));
    case 'locales':
      // The package ships each interface translation as the JSON file its CDN serves; the
      // strings its Vietnamese lacks are filled in (src/editor/cms-locale.ts).
      mkdirSync(join(dir, 'locales'), { recursive: true });
      for (const locale of asset.locales) {
        const shipped = cmsLocaleStrings.parse(
          JSON.parse(readFileSync(join(sveltiaDir(), 'locales', `${locale}.json`), 'utf8')),
        );
        writeFileSync(join(dir, 'locales', `${locale}.json`), JSON.stringify(servedCmsLocale(locale, shipped)));
      }
      return;
    case 'version': {
      const { version } = packageVersion.parse(JSON.parse(readFileSync(join(sveltiaDir(), 'package.json'), 'utf8')));
      return writeFileSync(join(dir, 'version.json'), JSON.stringify({ version }));
    }
    case 'status':
      return writeFileSync(join(dir, 'github-status.json'), JSON.stringify(GITHUB_STATUS_UNKNOWN));
  }
}

/**
 * fonts.css: the Vietnamese and Latin Extended faces of Source Sans 3, which the CMS's own face
 * (Latin only) lacks, so "Đăng nhập" is not drawn in two fonts. Same family name and size
 * adjustment as the CMS's face; unicode-range loads them only when such letters are shown.
 */
function writeFontsCss(dir: string): void {
  const pkg = '@fontsource-variable/source-sans-3';
  const css = readFileSync(packageFile(pkg, 'index.css'), 'utf8');
  const faces = css
    .split(/(?=\/\* )/)
    .filter((block) => /source-sans-3-(vietnamese|latin-ext)-wght-normal/.test(block));
  if (faces.length !== 2)
    throw new Error(
      `${pkg}/index.css: không tìm thấy đủ hai mặt chữ vietnamese và latin-ext (tìm thấy ${faces.length})`,
    );
  const out = faces.map((block) => {
    const file = basename(/url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1] ?? '');
    copyFileSync(packageFile(pkg, `files/${file}`), join(dir, 'fonts', file));
    return block
      .replace(/font-family: [^;]+;/, "font-family: 'Source Sans 3';")
      .replace(/src: [^;]+;/, `src: url(fonts/${file}) format('woff2-variations');\n  size-adjust: 110%;`)
      .trim();
  });
  writeFileSync(join(dir, 'fonts.css'), `${out.join('\n')}\n`);
}

export function writeAdmin(siteDir: string, province: ProvinceConfig, base = '/'): void {
  const backend = provinceCmsBackend(province);
  if (!backend) return;
  const dir = join(siteDir, 'admin');
  mkdirSync(dir, { recursive: true });
  const { code, assets } = ownOriginBundle(readFileSync(join(sveltiaDir(), 'dist', 'sveltia-cms.js'), 'utf8'));
  writeFileSync(join(dir, 'sveltia-cms.js'), code);
  for (const asset of assets) writeAsset(dir, asset);
  writeFontsCss(dir);
  // Its lazily loaded parts: tried first beside the bundle, then on unpkg.com (which the policy blocks).
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  for (const file of readdirSync(join(sveltiaDir(), 'dist', 'chunks')).filter((f) => f.endsWith('.js')))
    copyFileSync(join(sveltiaDir(), 'dist', 'chunks', file), join(dir, 'chunks', file));
  writeFileSync(
    join(dir, 'config.yml'),
    `# Generated by the build from src/schemas (scripts/build/admin.ts); do not edit.\n${stringify(provinceCmsConfig(province, backend, base), { lineWidth: 0 })}`,
  );
  // Its policy in _headers is written with the site's (src/lib/site-files/csp.ts headersFile).
  writeFileSync(join(dir, 'index.html'), adminIndexHtml(province.name.vi));
}
