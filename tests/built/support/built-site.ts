/**
 * The built sites the dist checks read: dist/<province>/ (E2E_DIST picks another output folder),
 * served at the root, and the province built to be served under a sub-path (sub-path-site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SITES, type SiteId } from '../../e2e/support/sites.ts';
import { listFiles, urlPathOf } from '../../../src/node/site-walk.ts';
import { loadProvince, type ProvinceConfig } from '../../../src/node/provinces.ts';
import { absoluteUrl, withBase, withoutBase } from '../../../src/lib/paths.ts';
import { SUB_PATH_SITE } from '../../e2e/support/sub-path-site.ts';

export interface BuiltPage {
  /** File path relative to the site folder, e.g. "en/plans/x/index.html". */
  file: string;
  /** Its path in the site, e.g. "/en/plans/x/" (served under the site's base). */
  path: string;
  html: string;
}

export interface BuiltSite {
  id: string;
  /** How tests name it: the province, and the base when it is not the root. */
  label: string;
  dir: string;
  /** The path the site is served under: "/" or e.g. "/ttdn-portal/gia-lai/". */
  base: string;
  /** The path a site path is served at (under the base). */
  served(path: string): string;
  /** The site path of a served path, or undefined when it lies outside the base. */
  sitePath(served: string): string | undefined;
  /** The absolute URL of a site path (the province's site origin, the base, the path). */
  absolute(path: string): string;
  province: ProvinceConfig;
  files: Set<string>;
  pages: BuiltPage[];
  read(file: string): string;
}

const cache = new Map<string, BuiltSite>();

function readSite(id: string, dir: string, base: string, contentRoot?: string): BuiltSite {
  if (cache.has(dir)) return cache.get(dir)!;
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/ is not built — run \`npm run build:all\` (or set E2E_DIST) first`);
  const files = listFiles(dir);
  const pages = files
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, path: urlPathOf(file), html: readFileSync(join(dir, file), 'utf8') }));
  const province = loadProvince(id, contentRoot);
  const site: BuiltSite = {
    id,
    dir,
    base,
    province,
    files: new Set(files),
    pages,
    label: base === '/' ? id : `${id} under ${base}`,
    served: (path) => withBase(base, path),
    sitePath: (served) => (served.startsWith(base) ? withoutBase(base, served) : undefined),
    absolute: (path) => absoluteUrl(province.site, base, path),
    read: (f: string) => readFileSync(join(dir, f), 'utf8'),
  };
  cache.set(dir, site);
  return site;
}

/** A province's site as `npm run build:all` wrote it, served at the root. */
export const builtSite = (id: SiteId): BuiltSite => readSite(id, join(DIST, id), '/');

/** The province built to be served under a sub-path (made by the global setup of test:dist). */
export const subPathSite = (): BuiltSite =>
  readSite(SUB_PATH_SITE.province, SUB_PATH_SITE.dir, SUB_PATH_SITE.base, SUB_PATH_SITE.contentRoot);

export const siteIds = Object.keys(SITES) as SiteId[];
