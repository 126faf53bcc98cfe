/**
 * The fixture province (tests/fixtures/content/fixture) built to be served under a sub-path, as a
 * GitHub Pages project site serves it: the link checks (tests/built/links.test.ts) and the browser
 * journey under a sub-path read the same build. The fixture, not a live province, so that an
 * editor's correct change never fails them, and so that this second build stays small. It lives inside the tested output folder (dist/_sub-path/, a name no province can
 * have), so `npm run build:all` replaces it with the rest and the next test run builds it again;
 * whichever stage runs first builds it, the other reuses it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../../src/node/provinces.ts';
import { DIST } from './sites.ts';

export const SUB_PATH_SITE = {
  province: 'fixture',
  contentRoot: resolve(repoRoot, 'tests/fixtures/content'),
  /** A project site of a repository named ttdn-portal, one folder per province. */
  base: '/ttdn-portal/fixture/',
  dir: resolve(repoRoot, DIST, '_sub-path'),
} as const;

/** Builds the sub-path site unless it is there; returns its folder. */
export function ensureSubPathSite(): string {
  const { province, contentRoot, base, dir } = SUB_PATH_SITE;
  if (existsSync(join(dir, 'index.html'))) return dir;
  const started = performance.now();
  const build = spawnSync(
    process.execPath,
    ['scripts/build.ts', '--province', province, '--base', base, '--out', dir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      // Caches of its own: the base is part of what Astro caches, so sharing the root build's would
      // make both builds cold in turn.
      env: {
        ...process.env,
        CONTENT_DIR: contentRoot,
        PORTAL_CACHE_DIR: process.env.PORTAL_CACHE_DIR
          ? `${process.env.PORTAL_CACHE_DIR}-sub-path`
          : resolve(repoRoot, 'node_modules/.astro-sub-path'),
      },
    },
  );
  if (build.status !== 0) throw new Error(`${province} under ${base} did not build:\n${build.stdout}\n${build.stderr}`);
  console.log(`built ${province} under ${base} into ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}
