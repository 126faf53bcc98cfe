/**
 * A very large site's search index is split into shards the browser merges
 * (scripts/build/search-index.ts). Gia Lai's built site is indexed again with 20 pages per shard
 * and language (4 shards; Khmer, with fewer pages, in fewer of them), served beside the real one, and a
 * reader's searches must find the same pages, in the reader's language only. The copy leaves out
 * the Khmer unit pages, so that Khmer has fewer pages than Vietnamese however many
 * translations the live content gains.
 */
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchAt, searchFor, topThree } from './support/search.ts';
import { DIST, SITES } from './support/sites.ts';

const port = SITES['phu-tho'] + 4;
const origin = `http://localhost:${port}/`;
let dir: string;
let server: ChildProcess;
// One sharded copy and one server for the whole file.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-shards-'));
  cpSync(join(DIST, 'gia-lai'), dir, { recursive: true, filter: (src) => !/[\\/]pagefind(-\d+)?$/.test(src) && !/[\\/]km[\\/]units$/.test(src) });
  const indexed = spawnSync(process.execPath, ['scripts/build/search-index.ts', '--site', dir], { encoding: 'utf8', env: { ...process.env, PORTAL_SEARCH_SHARD_PAGES: '20' } });
  expect(indexed.status, indexed.stderr).toBe(0);
  expect(indexed.stdout).toContain('in 4 shards');
  server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the sharded site did not start on ${origin}`);
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const CASES: [string, string, string][] = [
  ['vi', 'le thanh', '/vi/places/cua-khau-quoc-te-le-thanh/'],
  ['vi', 'dak doa', '/vi/plans/2022-ubnd-xa-kon-gang-ke-hoach-ttdn/'],
  ['en', '22/2016/TT-BTTTT', '/en/legal/thong-tu-22-2016-tt-btttt/'],
  ['km', 'មមាញឹក', '/km/press/cua-khau-le-thanh-cao-diem-2026/'],
];

for (const [lang, query, expected] of CASES)
  test(`on the sharded site, "${query}" in ${lang} still finds ${expected}`, async ({ page }) => {
    expect(topThree(await searchAt(page, origin, lang, query))).toContain(expected);
  });

test('the shards together find what the single index finds', async ({ page }) => {
  const shardsLoaded = new Set<string>();
  page.on('request', (r) => {
    const m = /^\/(pagefind(?:-\d+)?)\//.exec(new URL(r.url()).pathname);
    if (m) shardsLoaded.add(m[1]!);
  });
  const status = page.locator('[data-search-status]');
  await searchAt(page, origin, 'vi', 'gia lai');
  const sharded = await status.textContent();
  const shards = JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
  expect(shards.vi).toHaveLength(3);
  expect(shardsLoaded.size).toBe(4);
  await searchFor(page, 'gia-lai', 'vi', 'gia lai');
  expect(await status.textContent()).toBe(sharded);
});

test('a Khmer reader gets only Khmer pages, though Khmer is missing from one shard', async ({ page }) => {
  const shards = JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
  expect(shards.km!.length).toBeLessThan(shards.vi!.length);
  // A document number is written the same in every language: merging the shard without Khmer
  // pages would answer from its Vietnamese index (checked: 4 of 10 results were /vi/ pages).
  const results = await searchAt(page, origin, 'km', 'KH-UBND');
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r.href).toMatch(/^\/km\//);
});
