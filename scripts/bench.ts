/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--mdx] [--keep] [--scratch .bench/mine]`: generates a synthetic province of
 * N entries (vi + en) as <scratch>/content/bench-<N>/ beside a copy of content/national/ (the build reads
 * that folder through CONTENT_DIR, so nothing is written into content/), builds it with the real build,
 * changes one entry and rebuilds with the cache kept,
 * rebuilds again the next day with nothing changed, builds a bare Astro + Pagefind site over the
 * same Markdown, then prints the tables and writes <scratch>/results.json. Method and figures: docs/benchmarks.md.
 */
import { appendFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/node/provinces.ts';
import { listFiles } from '../src/node/site-walk.ts';
import { statSync } from 'node:fs';
import { generateProvince } from './bench/generate.ts';
import { buildPhases, measured, phases } from './bench/measure.ts';
import { floorLine, phaseTable, ratioTable, table, type BenchRow } from './bench/report.ts';
import { bareFloor, buildBare } from './bench/bare.ts';
import { codeDigest } from './bench/code-digest.ts';
import { refuse } from '../src/node/cli-names.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    mdx: { type: 'boolean' },
    keep: { type: 'boolean' },
    scratch: { type: 'string', default: '.bench' },
  },
});
// Each size names a scratch province (content/bench-<n>/) and its folders: whole numbers only.
const sizeWords = values.sizes.split(',');
for (const word of sizeWords)
  if (!/^[1-9]\d{0,6}$/.test(word))
    refuse(
      `--sizes: "${word}" không phải số mục hợp lệ — ghi các số nguyên dương cách nhau bởi dấu phẩy, ví dụ --sizes 1000,5000`,
    );
const sizes = sizeWords.map(Number);
// Inside the repository (gitignored): the bare site resolves Astro from its node_modules, and a
// build whose output lies outside the repository waits its turn on a lock (scripts/build/astro-build.ts).
const scratch = join(repoRoot, values.scratch);
if (relative(join(repoRoot, '.bench'), scratch).startsWith('..'))
  refuse(`--scratch: "${values.scratch}" phải nằm trong .bench/ của kho mã`);
// The generated province and the national records it cites, in the scratch folder: the build reads
// its content from CONTENT_DIR.
const contentDir = join(scratch, 'content');
rmSync(join(contentDir, 'national'), { recursive: true, force: true });
cpSync(join(repoRoot, 'content/national'), join(contentDir, 'national'), { recursive: true });
const code = codeDigest(repoRoot);
/** The rebuilds measure the bench's own change only if nobody changed the code meanwhile (see code-digest.ts). */
const sameCode = (step: string) => {
  if (codeDigest(repoRoot) !== code)
    throw new Error(
      `Mã nguồn (src/, scripts/build, astro.config.mjs) đã thay đổi trong lúc đo, trước bước "${step}": Astro dựng lại mọi trang có mã đổi, nên số đo không đúng. Hãy đo trên một bản sao cố định của kho mã. (The code changed during the run, before "${step}".)`,
    );
};

const rows: BenchRow[] = [];
for (const n of sizes) {
  const id = `bench-${n}${values.mdx ? '-mdx' : ''}`;
  const gen = await generateProvince(contentDir, id, n, { mdx: values.mdx });
  const cacheDir = join(scratch, 'cache');
  rmSync(join(cacheDir, id), { recursive: true, force: true });
  const out = join(scratch, `site-${id}`);
  rmSync(out, { recursive: true, force: true }); // a cold build has no previous site to swap out
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    PORTAL_CACHE_DIR: cacheDir,
    BUILD_DATE: '2025-09-01',
    PROVINCE: id,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const args = ['scripts/build.ts', '--province', id, '--out', out];
  console.error(`… ${id}: ${gen.entries} entries generated, building`);
  const cold = measured(process.execPath, args, env, repoRoot);
  if (cold.status !== 0) throw new Error(`build of ${id} failed`);
  const files = listFiles(out);
  const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
  const distMb = files.reduce((s, f) => s + statSync(join(out, f)).size, 0) / 2 ** 20;
  // One editor's change: a sentence added to one press release.
  appendFileSync(gen.changeFile, '\nMột câu được thêm vào để đo thời gian dựng lại.\n');
  sameCode('rebuild after changing one entry');
  console.error(`… ${id}: rebuilding after changing one entry`);
  const warm = measured(process.execPath, args, env, repoRoot);
  if (warm.status !== 0) throw new Error(`rebuild of ${id} failed`);
  sameCode('next-day rebuild');
  console.error(`… ${id}: rebuilding the next day with nothing changed`);
  const nextDay = measured(process.execPath, args, { ...env, BUILD_DATE: '2025-09-02' }, repoRoot);
  if (nextDay.status !== 0) throw new Error(`next-day rebuild of ${id} failed`);
  sameCode('end of the next-day rebuild');
  console.error(`… ${id}: building the bare Astro + Pagefind site`);
  const bare = buildBare(repoRoot, join(contentDir, id), join(scratch, `bare-${id}`));
  console.error(`… ${id}: building the bare site with Astro's incremental build, then again with nothing changed`);
  const floor = bareFloor(repoRoot, join(contentDir, id), join(scratch, `bare-cached-${id}`));
  const p = phases(cold.stdout);
  const w = phases(warm.stdout);
  const row: BenchRow = {
    entries: gen.entries,
    pages,
    astroS: p.astro,
    pagefindS: p.pagefind,
    totalS: cold.seconds,
    peakMb: cold.peakMb,
    distMb,
    msPerPage: (cold.seconds * 1000) / pages,
    rebuildS: warm.seconds,
    rebuildAstroS: w.astro,
    rebuildPagefindS: w.pagefind,
    rebuildPeakMb: warm.peakMb,
    barePages: bare.pages,
    bareS: bare.totalS,
    bareAstroS: bare.astroS,
    bareMsPerPage: (bare.totalS * 1000) / bare.pages,
    nextDayS: nextDay.seconds,
    phases: {
      cold: buildPhases(cold.stdout),
      oneEntry: buildPhases(warm.stdout),
      nextDay: buildPhases(nextDay.stdout),
    },
    bareCachedColdAstroS: floor.coldAstroS,
    bareNoChangeAstroS: floor.noChangeAstroS,
    bareNoChangeRendered: floor.noChangeRendered,
  };
  rows.push(row);
  if (!values.keep)
    for (const folder of [join(contentDir, id), out, join(scratch, `bare-${id}`), join(scratch, `bare-cached-${id}`)])
      rmSync(folder, { recursive: true, force: true });
  // Blank lines between them: Markdown joins tables that touch.
  console.log([table([row]), phaseTable([row]), ratioTable([row]), floorLine(row)].join('\n\n'));
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: +(totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
};
mkdirSync(scratch, { recursive: true });
writeFileSync(join(scratch, 'results.json'), JSON.stringify({ machine, mdx: !!values.mdx, rows }, null, 2) + '\n');
console.log(
  `\n${table(rows)}\n\n${phaseTable(rows)}\n\n${ratioTable(rows)}\n\n${rows.map(floorLine).join('\n')}\n\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; written to ${join(values.scratch, 'results.json')}`,
);
