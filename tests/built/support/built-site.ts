/** The built sites the dist checks read: dist/<province>/ (E2E_DIST picks another output folder). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, SITES, type SiteId } from '../../e2e/support/sites.ts';
import { listFiles, urlPathOf } from '../../../src/node/site-walk.ts';
import { loadProvince, type ProvinceConfig } from '../../../src/node/provinces.ts';

export interface BuiltPage {
  /** File path relative to the site folder, e.g. "en/plans/x/index.html". */
  file: string;
  /** URL path it serves, e.g. "/en/plans/x/". */
  path: string;
  html: string;
}

export interface BuiltSite {
  id: SiteId;
  dir: string;
  province: ProvinceConfig;
  files: Set<string>;
  pages: BuiltPage[];
  read(file: string): string;
}

const cache = new Map<SiteId, BuiltSite>();

export function builtSite(id: SiteId): BuiltSite {
  if (cache.has(id)) return cache.get(id)!;
  const dir = join(DIST, id);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ is not built — run \`npm run build:all\` (or set E2E_DIST) first`);
  const files = listFiles(dir);
  const pages = files
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, path: urlPathOf(file), html: readFileSync(join(dir, file), 'utf8') }));
  const site = { id, dir, province: loadProvince(id), files: new Set(files), pages, read: (f: string) => readFileSync(join(dir, f), 'utf8') };
  cache.set(id, site);
  return site;
}

export const siteIds = Object.keys(SITES) as SiteId[];
