/**
 * The pages of each built site the browser checks visit: every HTML file in dist/<province>/
 * (noindex pages included) plus anything the sitemap lists, and one page per page type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, urlPathOf } from '../../../src/node/site-walk.ts';
import { DIST, SITES, type SiteId } from './sites.ts';

export function builtPaths(site: SiteId): string[] {
  const dir = join(DIST, site);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/ is not built — run \`npm run build:all\` (or set E2E_DIST) first`);
  const files = listFiles(dir);
  const paths = new Set(files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map(urlPathOf));
  for (const map of files.filter((f) => /^sitemap-\d+\.xml$/.test(f)))
    for (const m of readFileSync(join(dir, map), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g))
      paths.add(new URL(m[1]!).pathname);
  return [...paths].sort();
}

/** Page types and how to recognise their URL paths. */
export const PAGE_TYPES: Record<string, RegExp> = {
  home: /^\/[a-z]{2}\/$/,
  list: /^\/[a-z]{2}\/(plans|places|invest|press)\/$/,
  plan: /^\/[a-z]{2}\/plans\/[^/]+\/$/,
  profile: /^\/[a-z]{2}\/invest\/[^/]+\/$/,
  heritage: /^\/[a-z]{2}\/places\/[^/]+\/$/,
  press: /^\/[a-z]{2}\/press\/[^/]+\/$/,
  spokespeople: /^\/[a-z]{2}\/spokespeople\/$/,
  calendar: /^\/[a-z]{2}\/calendar\/(\d{4}\/)?$/,
  search: /^\/[a-z]{2}\/search\/$/,
  notFound: /^\/[a-z]{2}\/404\.html$/,
};

/** The first page of each type that exists in a site (in its first locale where possible). */
export function pageTypeSamples(site: SiteId): [type: string, path: string][] {
  const paths = builtPaths(site);
  return Object.entries(PAGE_TYPES)
    .map(
      ([type, re]) =>
        [type, paths.find((p) => p.startsWith('/vi/') && re.test(p)) ?? paths.find((p) => re.test(p))] as const,
    )
    .filter((x): x is [string, string] => !!x[1]);
}

export const sites = Object.keys(SITES) as SiteId[];
