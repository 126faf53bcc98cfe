/**
 * `npm run build [-- --province ID]` builds one province into dist/ (PROVINCE=… works too);
 * `npm run build:all` builds every province into dist/<province>/. Each site is built into a
 * scratch folder, indexed by Pagefind, and only then swapped in: a failed build leaves the last
 * good dist/ untouched.
 */
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listProvinceIds, loadProvince, repoRoot, selectedProvinceId } from '../src/node/provinces.ts';
import { astroBuild } from './build/astro-build.ts';
import { provinceCacheDir } from '../src/node/cache-dir.ts';
import { placeLocale404s } from './build/finalize.ts';
import { buildSearchIndex } from './build/search-index.ts';
import { writeAdmin } from './build/admin.ts';
import { pruneFonts } from './build/prune-fonts.ts';
import { writeSocialImages } from './build/social-images.ts';
import { writeSiteFiles } from './build/site-files.ts';

const { values } = parseArgs({ options: { all: { type: 'boolean' }, province: { type: 'string' }, out: { type: 'string' } } });
const target = resolve(repoRoot, values.out ?? 'dist');
const scratch = `${target}.building`;
const ids = values.all ? listProvinceIds() : [values.province ?? selectedProvinceId()];

async function buildOne(id: string, siteDir: string): Promise<void> {
  const started = performance.now();
  const province = loadProvince(id);
  astroBuild(id, siteDir);
  placeLocale404s(siteDir, province.locales);
  pruneFonts(siteDir, province.locales);
  await writeSocialImages(siteDir, province);
  writeSiteFiles(siteDir, province.site);
  const astroDone = performance.now();
  buildSearchIndex(siteDir, join(provinceCacheDir(id), 'search'));
  writeAdmin(siteDir, province);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`✓ ${id}: Astro ${seconds(astroDone - started)} s, Pagefind ${seconds(performance.now() - astroDone)} s`);
}

try {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const id of ids) await buildOne(id, values.all ? join(scratch, id) : scratch);
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n✗ Build failed; ${existsSync(target) ? `the previous ${values.out ?? 'dist'}/ is unchanged` : 'nothing was written'}.\n${(error as Error).message}`);
  process.exit(1);
}
// Swap: the old site stays in place until the new one is complete.
const old = `${target}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, old);
renameSync(scratch, target);
// The new site is in place: the old one (tens of thousands of files on a large site, ~15 s) is
// deleted in the background, and by the next build at the latest.
if (existsSync(old)) spawn('rm', ['-rf', old], { detached: true, stdio: 'ignore' }).unref();
console.log(`Built ${ids.join(', ')} into ${values.out ?? 'dist'}/`);
