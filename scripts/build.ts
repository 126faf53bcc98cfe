/**
 * `npm run build [-- --province ID]` builds one province into dist/ (PROVINCE=… works too);
 * `npm run build:all` builds every province into dist/<province>/. `--base /my-repo/gia-lai/` (or
 * PORTAL_BASE) builds a portal to be served under that path instead of at the root of its host;
 * with `--all` the base is the folder that holds every province (`--base /my-repo/` serves gia-lai
 * at /my-repo/gia-lai/). Without one, a portal is served at the path of its site address in
 * province.yaml ("/" for most). Each site is built into a
 * scratch folder of this build's own, indexed by Pagefind, and only then swapped in: a failed or
 * interrupted build leaves the last good dist/ untouched.
 *
 * A build holds two kinds of lock (scripts/build/lock.ts): one on its target, one per province
 * on that province's caches and public folder (src/node/cache-dir.ts). A second build wanting
 * either stops at once with a plain message rather than waiting: a build takes minutes, a waiting
 * one would rebuild what the first is building, and the person who started it decides better
 * whether to wait, cancel or build elsewhere (another --out and PORTAL_CACHE_DIR).
 */
import { parseArgs } from 'node:util';
import { mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentRoot, loadProvince, provinceFolders, repoRoot, selectedProvinceId } from '../src/node/provinces.ts';
import { baseArg, provinceArg, provinceFromEnv, refuse } from '../src/node/cli-names.ts';
import { portalBase } from '../src/node/base-path.ts';
import { provinceCacheDir, provinceLockFile } from '../src/node/cache-dir.ts';
import { astroBuild } from './build/astro-build.ts';
import { emptyAstroOutDir, moveSite } from './build/astro-out.ts';
import { stopChildren } from './build/child.ts';
import { tryLock, type HeldLock } from './build/lock.ts';
import { cacheDirProblem, outDirProblem, trackedByGit } from './build/out-dir.ts';
import { recoverTarget, scratchFolderFor, swapIn } from './build/site-swap.ts';
import { placeLocale404s } from './build/finalize.ts';
import { startSearchIndex } from './build/search-index.ts';
import { writeAdmin } from './build/admin.ts';
import { pruneFonts } from './build/prune-fonts.ts';
import { subsetFonts } from './build/subset-fonts.ts';
import { writeSocialImages } from './build/social-images.ts';
import { writeSiteFiles } from './build/site-files.ts';
import { readPagesOnce } from './build/read-pages-once.ts';
import { messageOf } from '../src/node/error-message.ts';
import { PHASE_MARKS_FILE } from '../src/integrations/phase-marks.ts';
import { marksFromJson, phaseLine, phasesOf } from '../src/lib/build-phases.ts';

const { values } = parseArgs({
  options: {
    all: { type: 'boolean' },
    province: { type: 'string' },
    out: { type: 'string' },
    base: { type: 'string' },
  },
});
const shownOut = values.out ?? 'dist';
const target = resolve(repoRoot, shownOut);
const outProblem = outDirProblem(target, shownOut, { repoRoot, contentRoot, tracked: trackedByGit(repoRoot) });
if (outProblem) refuse(outProblem);
const base =
  values.base !== undefined
    ? baseArg(values.base)
    : process.env.PORTAL_BASE
      ? baseArg(process.env.PORTAL_BASE, 'PORTAL_BASE')
      : undefined;
const ids = values.all
  ? everyProvince()
  : [values.province === undefined ? provinceFromEnv(selectedProvinceId) : provinceArg(values.province)];

/** Every province folder; one whose name is not a valid id stops `--all` (it is never built, nor skipped silently). */
function everyProvince(): string[] {
  const { ids: valid, badNames } = provinceFolders();
  for (const name of badNames) provinceArg(name, `content/${name}/`);
  return valid;
}

for (const id of ids) {
  const cacheProblem = cacheDirProblem(`${provinceCacheDir(id)}.site`, process.env.PORTAL_CACHE_DIR ?? '', repoRoot);
  if (cacheProblem) refuse(cacheProblem);
}

const locks: HeldLock[] = [];
const releaseLocks = () => {
  for (const lock of locks.splice(0).reverse()) lock.release();
};
process.on('exit', releaseLocks);
function lockOrStop(path: string, busy: (pid: number) => string): void {
  mkdirSync(dirname(path), { recursive: true });
  const attempt = tryLock(path);
  if ('heldBy' in attempt) {
    releaseLocks();
    refuse(
      `${busy(attempt.heldBy)} — chờ bản dựng đó xong rồi chạy lại (nếu chắc chắn không còn bản dựng nào chạy, xoá tệp ${path})`,
    );
  }
  locks.push(attempt.held);
}

lockOrStop(`${target}.lock`, (pid) => `Một bản dựng khác (tiến trình ${pid}) đang dựng vào ${shownOut}/`);
for (const id of [...ids].sort())
  lockOrStop(
    provinceLockFile(id),
    (pid) => `Một bản dựng khác (tiến trình ${pid}) đang dựng tỉnh "${id}" với cùng bộ nhớ đệm ${provinceCacheDir(id)}`,
  );
recoverTarget(target);
const scratch = scratchFolderFor(target);

// Stopped (Ctrl+C, SIGTERM, a closed terminal): stop Astro and Pagefind, wait until they have
// exited, remove the scratch folder and the locks. The target is never touched before the swap.
let stopping = false;
let swapped = false;
async function stopOn(signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): Promise<void> {
  if (stopping || swapped) return;
  stopping = true;
  await stopChildren(signal);
  rmSync(scratch, { recursive: true, force: true });
  releaseLocks();
  console.error(
    `\n✗ Bản dựng đã dừng (${signal}); ${existsSync(target) ? `${shownOut}/ trước đó vẫn nguyên` : 'chưa ghi gì'}.`,
  );
  process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopOn(signal));

async function buildOne(id: string, siteDir: string): Promise<void> {
  const started = performance.now();
  const province = loadProvince(id);
  // The path this portal is served under: the one given (under it, one folder per province with
  // --all), else its site address's path.
  const siteBase = portalBase(province, base === undefined ? undefined : values.all ? `${base}${id}/` : base);
  const astroOut = emptyAstroOutDir(id);
  const marksFile = join(provinceCacheDir(id), PHASE_MARKS_FILE);
  rmSync(marksFile, { force: true }); // a failed run's marks are not this build's
  const search = startSearchIndex(siteDir, join(provinceCacheDir(id), 'search'));
  await astroBuild(id, astroOut, { PORTAL_BASE: siteBase });
  const rendered = performance.now();
  moveSite(astroOut, siteDir);
  placeLocale404s(siteDir, province.locales);
  // The pages are final: Pagefind indexes them on the second core while fonts, social images and
  // site files are made from them (those steps write no page; the index equals the one made after
  // them: tests/build/incremental-build.test.ts).
  let searchDone = 0;
  const indexed = search.run().then(() => {
    searchDone = performance.now();
  });
  indexed.catch(() => {}); // awaited below; a failure of the steps beside it must not leave it unhandled
  try {
    pruneFonts(siteDir, province.locales, siteBase);
    const pages = readPagesOnce(siteDir, siteBase, provinceCacheDir(id));
    await subsetFonts(siteDir, siteBase, join(provinceCacheDir(id), 'fonts'), pages.linked);
    pruneFonts(siteDir, province.locales, siteBase);
    await writeSocialImages(siteDir, province);
    writeSiteFiles(siteDir, province.site, siteBase, pages.heads);
  } catch (error) {
    await stopChildren('SIGTERM'); // the search step, before the scratch folder is removed
    throw error;
  }
  const postDone = performance.now();
  await indexed;
  writeAdmin(siteDir, province, siteBase);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  // "Astro" until its output is complete (the fonts, pictures and site files made from its pages),
  // "Pagefind" what the index took longer than those steps (they run side by side).
  console.log(
    `✓ ${id}: Astro ${seconds(postDone - started)} s, Pagefind ${seconds(Math.max(0, searchDone - postDone))} s (astro build ${seconds(rendered - started)} s; then fonts, social images and site files ${seconds(postDone - rendered)} s and, beside them, the search index ${seconds(searchDone - rendered)} s)`,
  );
  // Where Astro's own time went, from the marks its child left (src/integrations/phase-marks.ts).
  const epoch = (ms: number) => performance.timeOrigin + ms;
  const marks = existsSync(marksFile) ? marksFromJson(readFileSync(marksFile, 'utf8')) : {};
  const phases = phasesOf(marks, {
    started: epoch(started),
    astroExited: epoch(rendered),
    postDone: epoch(postDone),
    searchDone: epoch(searchDone),
  });
  console.log(phaseLine(id, phases.seconds, phases.peaks));
}

try {
  mkdirSync(scratch, { recursive: true });
  for (const id of ids) await buildOne(id, values.all ? join(scratch, id) : scratch);
} catch (error) {
  if (stopping) await new Promise(() => {}); // the signal handler finishes and exits
  rmSync(scratch, { recursive: true, force: true });
  releaseLocks();
  console.error(
    `\n✗ Build failed; ${existsSync(target) ? `the previous ${shownOut}/ is unchanged` : 'nothing was written'}.\n${messageOf(error)}`,
  );
  process.exit(1);
}
if (stopping) await new Promise(() => {});
// Two renames with no await between them: no signal handler runs until the new site is in place.
swapIn(scratch, target);
swapped = true;
releaseLocks();
console.log(
  `Built ${ids.join(', ')} into ${shownOut}/${base ? ` (served under ${base}${values.all ? '<province>/' : ''})` : ''}`,
);
