/**
 * The search step indexes each language of a shard on its own and keeps each in its cache, so an
 * edit in one language indexes only that language again; the site gets the same files, byte for
 * byte, as Pagefind indexing every language at once.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { searchCopy } from '../../src/lib/search/index-page.ts';
import { startSearchIndex } from '../../scripts/build/search-index.ts';
import { snapshotFiles } from '../helpers/snapshot.ts';

const repo = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'search-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

const pages: Record<string, string> = {
  'vi/press/cua-khau/index.html': page('vi', 'Cửa khẩu Lệ Thanh', 'Cửa khẩu quốc tế Lệ Thanh mở cửa hằng ngày.'),
  'vi/places/hat-xoan/index.html': page('vi', 'Hát Xoan', 'Hát Xoan là di sản văn hoá phi vật thể.'),
  'en/press/cua-khau/index.html': page('en', 'Le Thanh border gate', 'The international border gate opens daily.'),
  'en/places/hat-xoan/index.html': page('en', 'Xoan singing', 'Xoan singing is intangible cultural heritage.'),
  'ko/places/hat-xoan/index.html': page('ko', '소안 노래', '소안 노래는 무형 문화유산입니다.'),
};

function writeSite(site: string, files: Record<string, string>): void {
  rmSync(site, { recursive: true, force: true });
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
}

function searchStep(site: string, cache: string): string {
  const run = spawnSync(
    process.execPath,
    [join(repo, 'scripts/build/search-index.ts'), '--site', site, '--cache', cache],
    { cwd: repo, encoding: 'utf8' },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

/** Pagefind given every page at once, in the order the search step adds them (sorted by file). */
async function allAtOnce(files: Record<string, string>, out: string): Promise<Record<string, string>> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('no Pagefind index');
  for (const path of Object.keys(files).sort()) {
    const url = `/${path.replace(/index\.html$/, '')}`;
    const added = await index.addHTMLFile({ url, content: searchCopy(files[path] ?? '') });
    expect(added.errors).toEqual([]);
  }
  await index.writeFiles({ outputPath: out });
  await index.deleteIndex();
  const written = snapshotFiles(out);
  // The portal has its own search UI: the step removes Pagefind's.
  return Object.fromEntries(
    Object.entries(written).filter(([f]) => !/^pagefind-(component-|modular-)?ui|^pagefind-highlight/.test(f)),
  );
}

const searchFiles = (site: string) =>
  Object.fromEntries(Object.entries(snapshotFiles(join(site, 'pagefind'))).filter(([f]) => f !== 'shards.json'));

it('indexes each language apart, re-indexes only the edited language, and equals one index of all languages', async () => {
  const site = join(dir, 'site');
  const cache = join(dir, 'cache');
  writeSite(site, pages);
  const first = searchStep(site, cache);
  expect(first).toContain('5 pages in 1 shard, 3 language indexes (0 unchanged, copied); 5 of 5 pages read');
  expect(searchFiles(site)).toEqual(await allAtOnce(pages, join(dir, 'all-1')));

  const edited = {
    ...pages,
    'vi/places/hat-xoan/index.html': page('vi', 'Hát Xoan', 'Hát Xoan Phú Thọ, di sản của nhân loại.'),
  };
  writeSite(site, edited);
  const second = searchStep(site, cache);
  // Only the edited page is read again: the others' facts are kept under their bytes' digest.
  expect(second).toContain('3 language indexes (2 unchanged, copied; indexed: pagefind vi); 1 of 5 pages read');
  expect(searchFiles(site)).toEqual(await allAtOnce(edited, join(dir, 'all-2')));
  expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).toMatch(/"en":.*"ko":.*"vi":/);
  // The edited language's last index, set aside while Pagefind indexed it again, is gone.
  expect(readdirSync(join(cache, 'pagefind')).sort()).toEqual(['lang-en', 'lang-ko', 'lang-vi']);

  // The site's index files are the cache's (hard links), read-only so that nothing writes through
  // them; the step run again over the finished site replaces them and leaves the cache whole.
  expect(statSync(join(site, 'pagefind/pagefind.js')).mode & 0o222).toBe(0);
  // A build stopped while a language's last index was being removed left it aside: cleared.
  mkdirSync(join(cache, 'pagefind', 'lang-vi.old'));
  const again = searchStep(site, cache);
  expect(again).toContain('3 language indexes (3 unchanged, copied); 0 of 5 pages read');
  expect(searchFiles(site)).toEqual(await allAtOnce(edited, join(dir, 'all-3')));
  expect(readdirSync(join(cache, 'pagefind')).sort()).toEqual(['lang-en', 'lang-ko', 'lang-vi']);
  await pagefind.close();
});

it('builds an empty index for a site with no page to index, with no cache folder yet', () => {
  const site = join(dir, 'no-pages');
  const cache = join(dir, 'no-pages-cache'); // never created: no language index is cached
  writeSite(site, {
    'vi/press/index.html':
      '<!doctype html><html lang="vi"><head><title>Tin</title></head><body><main><h1>Tin</h1></main></body></html>',
  });
  expect(searchStep(site, cache)).toContain('0 pages in 1 shard, 0 language indexes');
  expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).toContain('"languages":{}');
  expect(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')).toBe('{}\n');
});

it('started ahead of the pages, waits until told they are ready, then indexes them', async () => {
  const site = join(dir, 'ahead');
  const cache = join(dir, 'ahead-cache');
  const step = startSearchIndex(site, cache); // the build starts it before Astro writes a page
  await new Promise((done) => setTimeout(done, 1500)); // loaded and waiting: it has read no page yet
  expect(existsSync(site)).toBe(false);
  writeSite(site, pages);
  await step.run();
  expect(searchFiles(site)).toEqual(await allAtOnce(pages, join(dir, 'ahead-all')));
  await pagefind.close();
});

it('ends without writing anything when the build stops before its pages are ready', () => {
  const site = join(dir, 'never');
  const cache = join(dir, 'never-cache');
  const run = spawnSync(
    process.execPath,
    [join(repo, 'scripts/build/search-index.ts'), '--site', site, '--cache', cache, '--wait'],
    { cwd: repo, encoding: 'utf8', input: '' }, // its input closed, as when the build exits
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(existsSync(site)).toBe(false);
  expect(existsSync(cache)).toBe(false);
});
