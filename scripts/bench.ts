/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--mdx] [--keep]`: generates a synthetic province of
 * N entries (vi + en) as content/bench-<N>/ (gitignored, and skipped by `build:all` and the
 * content check unless named), builds it with the real build, changes one entry and rebuilds with the cache kept,
 * then prints a table and writes .bench/results.json. Method and figures: docs/benchmarks.md.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/node/provinces.ts';
import { listFiles } from '../src/node/site-walk.ts';
import { statSync } from 'node:fs';
import { generateProvince } from './bench/generate.ts';
import { measured, phases } from './bench/measure.ts';
import { table, type BenchRow } from './bench/report.ts';
import { refuse } from '../src/node/cli-names.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,10000' }, mdx: { type: 'boolean' }, keep: { type: 'boolean' } } });
// Each size names a scratch province (content/bench-<n>/) and its folders: whole numbers only.
const sizeWords = values.sizes!.split(',');
for (const word of sizeWords) if (!/^[1-9]\d{0,6}$/.test(word)) refuse(`--sizes: "${word}" không phải số mục hợp lệ — ghi các số nguyên dương cách nhau bởi dấu phẩy, ví dụ --sizes 1000,5000`);
const sizes = sizeWords.map(Number);
const scratch = join(repoRoot, '.bench');
const contentDir = join(repoRoot, 'content');

const rows: BenchRow[] = [];
for (const n of sizes) {
  const id = `bench-${n}${values.mdx ? '-mdx' : ''}`;
  const gen = await generateProvince(contentDir, id, n, { mdx: values.mdx });
  const cacheDir = join(scratch, 'cache');
  rmSync(join(cacheDir, id), { recursive: true, force: true });
  const out = join(scratch, `site-${id}`);
  rmSync(out, { recursive: true, force: true }); // a cold build has no previous site to swap out
  const env = { ...process.env, PORTAL_CACHE_DIR: cacheDir, BUILD_DATE: '2025-09-01', PROVINCE: id, ASTRO_TELEMETRY_DISABLED: '1' };
  const args = ['scripts/build.ts', '--province', id, '--out', out];
  console.error(`… ${id}: ${gen.entries} entries generated, building`);
  const cold = measured(process.execPath, args, env, repoRoot);
  if (cold.status !== 0) throw new Error(`build of ${id} failed`);
  const files = listFiles(out);
  const pages = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
  const distMb = files.reduce((s, f) => s + statSync(join(out, f)).size, 0) / 2 ** 20;
  // One editor's change: a sentence added to one press release.
  appendFileSync(gen.changeFile, '\nMột câu được thêm vào để đo thời gian dựng lại.\n');
  console.error(`… ${id}: rebuilding after changing one entry`);
  const warm = measured(process.execPath, args, env, repoRoot);
  if (warm.status !== 0) throw new Error(`rebuild of ${id} failed`);
  const p = phases(cold.stdout);
  const w = phases(warm.stdout);
  rows.push({
    entries: gen.entries, pages, astroS: p.astro, pagefindS: p.pagefind, totalS: cold.seconds, peakMb: cold.peakMb,
    distMb, msPerPage: (cold.seconds * 1000) / pages, rebuildS: warm.seconds, rebuildAstroS: w.astro, rebuildPagefindS: w.pagefind, rebuildPeakMb: warm.peakMb,
  });
  if (!values.keep) rmSync(join(contentDir, id), { recursive: true, force: true }), rmSync(out, { recursive: true, force: true });
  console.log(table(rows.slice(-1)));
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: +(totalmem() / 2 ** 30).toFixed(1), node: process.version };
mkdirSync(scratch, { recursive: true });
writeFileSync(join(scratch, 'results.json'), JSON.stringify({ machine, mdx: !!values.mdx, rows }, null, 2) + '\n');
console.log(`\n${table(rows)}\n\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; written to .bench/results.json`);
