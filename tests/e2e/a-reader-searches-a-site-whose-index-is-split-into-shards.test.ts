/**
 * A very large site's search index is split into shards the browser merges
 * (scripts/build/search-index.ts). The fixture province's built site (56 indexed pages: Vietnamese
 * the most, Khmer a handful, its other pages shown through the fallback chain) is indexed again
 * with 8 pages per shard and language (4 shards; Khmer in the first only), served beside the real
 * one, and a reader's searches must find the same pages, in the reader's language only. No site is
 * built for it: the copy is only indexed again.
 */
import { test, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchAt, topThree } from './support/search.ts';
import { FIXTURE_DIST, FIXTURE_PORT, fixtureUrl } from './support/sites.ts';

// The port after the fixture's, as before (base + 5): no other server uses it.
const port = FIXTURE_PORT + 3;
const origin = `http://localhost:${port}/`;
let dir: string;
let server: ChildProcess;
// One sharded copy and one server for the whole file.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-shards-'));
  cpSync(join(FIXTURE_DIST, 'fixture'), dir, { recursive: true, filter: (src) => !/[\\/]pagefind(-\d+)?$/.test(src) });
  const indexed = spawnSync(process.execPath, ['scripts/build/search-index.ts', '--site', dir], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_SEARCH_SHARD_PAGES: '8' },
  });
  expect(indexed.status, indexed.stderr).toBe(0);
  expect(indexed.stdout).toContain('in 4 shards');
  server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the sharded site did not start on ${origin}`);
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const CASES: [string, string, string][] = [
  ['vi', 'thac mau', '/vi/places/thac-mau/'],
  ['vi', 'doan cong tac', '/vi/press/thong-cao-doan-cong-tac-mau/'],
  ['en', '72/2015/NĐ-CP', '/en/legal/nghi-dinh-72-2015-nd-cp/'],
  ['km', 'ព្រំដែន', '/km/places/cua-khau-mau/'],
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
  await searchAt(page, origin, 'vi', 'tỉnh mẫu');
  const sharded = await status.textContent();
  const shards = JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
  expect(shards.vi).toHaveLength(3);
  expect(shardsLoaded.size).toBe(4);
  await searchAt(page, fixtureUrl(), 'vi', 'tỉnh mẫu');
  expect(await status.textContent()).toBe(sharded);
});

test('a Khmer reader gets only Khmer pages, though Khmer is missing from one shard', async ({ page }) => {
  const shards = JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
  expect(shards.km!.length).toBeLessThan(shards.vi!.length);
  // A document number is written the same in every language (the decree's Khmer page and the
  // Vietnamese plans that cite it): merging a shard without Khmer pages would answer from its
  // Vietnamese index.
  const results = await searchAt(page, origin, 'km', '72/2015/NĐ-CP');
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r.href).toMatch(/^\/km\//);
});
