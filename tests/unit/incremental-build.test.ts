/**
 * The incremental build (experimental.incrementalBuild with render keys, src/data/render-keys.ts)
 * copies unchanged pages from the last build. After an editor's changes, the incremental rebuild
 * must give exactly the site a cold build of the same content gives, and the pages it did not
 * need to render, and the search shards it did not need to index, must really come from the cache.
 */
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotFiles } from '../helpers/snapshot.ts';

const repo = join(import.meta.dirname, '../..');

function build(contentDir: string, cache: string, out: string) {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), '--province', 'gia-lai', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    // 10 pages per search shard and language: 7 shards, so the rebuild can copy those no edit touched.
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-06-01', PORTAL_CACHE_DIR: cache, PORTAL_SEARCH_SHARD_PAGES: '10' },
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

it('an incremental rebuild equals a cold build of the same content', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
  const content = join(dir, 'content');
  for (const folder of ['gia-lai', 'national']) cpSync(join(repo, 'content', folder), join(content, folder), { recursive: true });
  const cache = join(dir, 'cache');
  build(content, cache, join(dir, 'first'));

  // A page no edit touches: mark its cached copy, so the rebuild shows whether it was copied. An
  // investment profile: routes that show pictures (places, press) are rendered again on every
  // build today, because Astro finds their dependency hash changed between two builds of the same
  // tree (incremental-build.json, route dependencyHash); they still equal a cold build.
  const untouched = 'vi/invest/kho-lanh-nong-san-quy-nhon-nam/index.html';
  appendFileSync(join(cache, 'gia-lai/dist', untouched), '<!-- from the cache -->');

  const g = join(content, 'gia-lai');
  // Markdown only: an MDX file is code, so editing one re-renders its whole route anyway.
  // First the body of one press release: its Vietnamese page changes, and so does its English
  // page, which now says its translation is out of date; only those pages' search shards (and the
  // marked page's) are indexed again.
  appendFileSync(join(g, 'press/vi/hop-bao-quy-iv-2026.md'), '\nMột câu được thêm vào khi sửa bài.\n');
  const rebuilt = build(content, cache, join(dir, 'second'));
  expect(Number(/in 7 shards \((\d+) unchanged, copied\)/.exec(rebuilt)?.[1])).toBeGreaterThanOrEqual(4);

  // Then the title of the oldest release (listed on page 2 of the press list) and the English
  // title of a plan a heritage piece links to.
  edit(join(g, 'press/vi/ke-hoach-thong-tin-doi-ngoai-2026.md'), 'title: Thông cáo về việc triển khai', 'title: Thông cáo (đã sửa) về việc triển khai');
  edit(join(g, 'plans/en/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn.md'), 'title: Foreign information activities in Gia Lai Province in 2024', 'title: Gia Lai foreign information plan for 2024');
  build(content, cache, join(dir, 'incremental'));
  build(content, join(dir, 'cold-cache'), join(dir, 'cold'));

  const incremental = snapshotFiles(join(dir, 'incremental'));
  const cold = snapshotFiles(join(dir, 'cold'));
  expect(readFileSync(join(dir, 'incremental/', untouched), 'utf8')).toContain('<!-- from the cache -->');
  delete incremental[untouched];
  delete cold[untouched];
  expect(Object.keys(incremental).sort()).toEqual(Object.keys(cold).sort());
  const differing = Object.keys(cold).filter((f) => incremental[f] !== cold[f]);
  expect(differing).toEqual([]);
  // The edits did reach the pages that show them.
  expect(readFileSync(join(dir, 'incremental/vi/press/page/2/index.html'), 'utf8')).toContain('Thông cáo (đã sửa) về việc triển khai');
  expect(readFileSync(join(dir, 'incremental/en/places/cua-khau-quoc-te-le-thanh/index.html'), 'utf8')).toContain('Gia Lai foreign information plan for 2024');
  rmSync(dir, { recursive: true, force: true });
});
