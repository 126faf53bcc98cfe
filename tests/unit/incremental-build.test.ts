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

function build(contentDir: string, cache: string, out: string, buildDate = '2026-06-01') {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), '--province', 'gia-lai', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    // 10 pages per search shard and language: 7 shards, so the rebuild can copy those no edit touched.
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: buildDate, PORTAL_CACHE_DIR: cache, PORTAL_SEARCH_SHARD_PAGES: '10' },
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

  // The next day, nothing changed: every page with a render key is copied from the cache, none is
  // rendered (no spokesperson starts or leaves office between the two days). Each cached copy is
  // marked, so the output shows where it came from. Afterwards the marks come off and the search
  // shards of the first build are put back, so the builds below (on the first day again, whose
  // pages without a key, like the calendar, show that day) start from the first build's cache.
  const mark = '<!-- from the cache -->';
  const cachedSite = join(cache, 'gia-lai/dist');
  const shards = join(cache, 'gia-lai/search');
  cpSync(shards, join(dir, 'first-search'), { recursive: true });
  const keyed = Object.values(JSON.parse(readFileSync(join(cache, 'gia-lai/incremental-build.json'), 'utf8')).routes as Record<string, { paths: Record<string, { outputFile: string }> }>)
    .flatMap((route) => Object.values(route.paths).map((p) => p.outputFile))
    .filter((file) => file.endsWith('.html'));
  expect(keyed.length).toBeGreaterThan(100);
  for (const file of keyed) appendFileSync(join(cachedSite, file), mark);
  build(content, cache, join(dir, 'next-day'), '2026-06-02');
  const rendered = keyed.filter((file) => !readFileSync(join(dir, 'next-day', file), 'utf8').includes(mark));
  expect(rendered).toEqual([]);
  for (const file of keyed) writeFileSync(join(cachedSite, file), readFileSync(join(cachedSite, file), 'utf8').replace(mark, ''));
  rmSync(shards, { recursive: true });
  cpSync(join(dir, 'first-search'), shards, { recursive: true });

  // A page no edit below touches: mark its cached copy, so the rebuild shows whether it was copied.
  const untouched = 'vi/invest/kho-lanh-nong-san-quy-nhon-nam/index.html';
  appendFileSync(join(cachedSite, untouched), mark);

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
  expect(readFileSync(join(dir, 'incremental/', untouched), 'utf8')).toContain(mark);
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
