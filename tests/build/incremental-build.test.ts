/**
 * The incremental build (experimental.incrementalBuild with render keys, src/data/render-keys.ts
 * and src/data/page-keys.ts) copies unchanged pages from the last build. After an editor's
 * changes, the incremental rebuild must give exactly the site a cold build of the same content
 * gives, and the pages it did not need to render, and the search shards it did not need to index,
 * must really come from the cache. Built on a copy of the fixture province.
 */
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { snapshotFiles } from '../helpers/snapshot.ts';

const repo = join(import.meta.dirname, '../..');

function build(contentDir: string, cache: string, out: string, buildDate = '2026-06-02') {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), '--province', 'fixture', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    // 5 pages per search shard and language, so the rebuild can copy the shards no edit touched.
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: buildDate,
      PORTAL_CACHE_DIR: cache,
      PORTAL_SEARCH_SHARD_PAGES: '5',
    },
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

/** The search step's line: shards, language indexes, how many were copied, which were indexed again. */
const searchLog = /in (\d+) shards, (\d+) language indexes \((\d+) unchanged, copied(?:; indexed: ([^)]*))?\)/;

const htmlPages = (site: string) =>
  Object.keys(snapshotFiles(site))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('admin/'))
    .sort();

it(
  'an incremental rebuild renders only the pages that show what changed, and equals a cold build of the same content',
  { timeout: 600_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
    const content = join(dir, 'content');
    cpSync(join(repo, 'tests/fixtures/content'), content, { recursive: true });
    const g = join(content, 'fixture');
    // A heritage piece that links a plan, so that renaming the plan must reach the piece's page.
    edit(join(g, 'places/vi/thac-mau.md'), 'kind: landscape\n', 'kind: landscape\nplans: [ke-hoach-2024]\n');
    const cache = join(dir, 'cache');
    build(content, cache, join(dir, 'first'), '2026-06-01');

    // Every page Astro renders has a render key, but the two at the root (a static route has none).
    const keyedFiles = (ext: string) =>
      Object.values(
        JSON.parse(readFileSync(join(cache, 'fixture/incremental-build.json'), 'utf8')).routes as Record<
          string,
          { paths: Record<string, { outputFile: string }> }
        >,
      )
        .flatMap((route) => Object.values(route.paths).map((p) => p.outputFile))
        .filter((file) => file.endsWith(ext))
        .sort();
    const keyedPages = () => keyedFiles('.html');
    // The files beside the pages are keyed too: the calendar feeds, vCards, RSS and open data.
    const others = keyedFiles('').filter((f) => !f.endsWith('.html'));
    const feeds = others.filter((f) => f.endsWith('.ics'));
    expect(feeds.length).toBe(Object.keys(snapshotFiles(join(dir, 'first'))).filter((f) => f.endsWith('.ics')).length);
    // Astro writes a locale's not-found page as <lang>/404/index.html; the build moves it to <lang>/404.html.
    const inSite = (file: string) => file.replace(/^([a-z]+)\/404\/index\.html$/u, '$1/404.html');
    const keyed = keyedPages().map(inSite);
    expect(htmlPages(join(dir, 'first')).filter((f) => !keyed.includes(f))).toEqual(['404.html', 'index.html']);

    // A page Astro renders is written to its cache as well; a page it copies leaves its cached copy
    // alone. Every cached copy is dated back to 1970 before a rebuild, so those it rendered are the
    // ones dated anew (the copies stay as they were: the search shards, fingerprinted on what
    // Pagefind reads of the pages, can be copied too).
    const cachedSite = join(cache, 'fixture/dist');
    const backdate = () => {
      for (const file of [...keyedPages(), ...others]) utimesSync(join(cachedSite, file), 0, 0);
    };
    const rendered = () =>
      keyedPages()
        .filter((file) => statSync(join(cachedSite, file)).mtimeMs > 0)
        .map(inSite)
        .sort();
    const renderedOthers = () => others.filter((file) => statSync(join(cachedSite, file)).mtimeMs > 0);
    const locales = (parse(readFileSync(join(g, 'province.yaml'), 'utf8')) as { locales: string[] }).locales;
    const inEveryLocale = (...paths: string[]) => locales.flatMap((lang) => paths.map((p) => `${lang}/${p}`)).sort();
    for (const file of ['calendar.ics', 'rss.xml', 'spokespeople.vcf', 'invest/profiles.csv', 'invest/profiles.json'])
      expect(others).toEqual(expect.arrayContaining(inEveryLocale(file)));

    // The next day, nothing changed: only the two pages that print the build date are rendered (no
    // spokesperson starts or leaves office between the two days, the year is the same).
    backdate();
    const nextDay = build(content, cache, join(dir, 'next-day'));
    expect(rendered()).toEqual(inEveryLocale('calendar/index.html', 'spokespeople/index.html'));
    // The calendar feeds stamp every event with the build date: the only other files rendered on a new day.
    expect(renderedOthers()).toEqual(feeds);
    // What those two pages print about the date is marked data-pagefind-ignore="all", and shards are
    // fingerprinted on what Pagefind reads: every search shard is copied, none indexed again.
    const [, dayShards, dayIndexes, dayCopied] = searchLog.exec(nextDay) ?? [];
    expect(Number(dayShards), nextDay).toBeGreaterThan(3);
    expect(Number(dayCopied), nextDay).toBe(Number(dayIndexes));

    // Markdown only: an MDX file is code, so editing one re-renders its whole route anyway.
    // The body of the oldest press release (Vietnamese only, listed on the last press list page):
    // its page in each language and that list page are rendered, nothing else. Only the Vietnamese
    // part of the search shards holding its page and that list page is indexed again: the English
    // and Korean pages show the Vietnamese text as a fallback, which is not indexed, and each
    // language of a shard is cached on its own.
    const oldest = 'thong-cao-cuoi-nam-mau';
    const listedOn = htmlPages(join(dir, 'next-day')).filter(
      (f) =>
        f.startsWith('vi/press/page/') && readFileSync(join(dir, 'next-day', f), 'utf8').includes(`/press/${oldest}/`),
    );
    expect(listedOn).toHaveLength(1);
    backdate();
    appendFileSync(join(g, `press/vi/${oldest}.md`), '\nMột câu được thêm vào khi sửa bài.\n');
    const rebuilt = build(content, cache, join(dir, 'second'));
    expect(rendered()).toEqual(inEveryLocale(`press/${oldest}/index.html`, listedOn[0]!.slice('vi/'.length)));
    // A press release that is no conference, and a body no feed carries: every other file is copied.
    expect(renderedOthers()).toEqual([]);
    const [, shards, indexes, copied, again] = searchLog.exec(rebuilt) ?? [];
    expect(Number(shards), rebuilt).toBeGreaterThan(3);
    expect(Number(indexes), rebuilt).toBeGreaterThan(Number(shards));
    const indexedAgain = (again ?? '').split(', ');
    expect(indexedAgain.length, rebuilt).toBeLessThanOrEqual(2);
    expect(Number(copied), rebuilt).toBe(Number(indexes) - indexedAgain.length);
    for (const part of indexedAgain) expect(part, rebuilt).toMatch(/^pagefind(-\d+)? vi$/);

    // Then the title of that release and the English title of the plan the heritage piece links to.
    edit(
      join(g, `press/vi/${oldest}.md`),
      'title: Thông cáo mẫu tổng kết năm 2023',
      'title: Thông cáo mẫu (đã sửa) tổng kết năm 2023',
    );
    edit(
      join(g, 'plans/en/ke-hoach-2024.md'),
      'title: Sample Province foreign information plan for 2024',
      'title: Sample Province plan for foreign information in 2024',
    );
    build(content, cache, join(dir, 'incremental'));
    const coldRun = build(content, join(dir, 'cold-cache'), join(dir, 'cold'));

    const incremental = snapshotFiles(join(dir, 'incremental'));
    const cold = snapshotFiles(join(dir, 'cold'));
    expect(Object.keys(incremental).sort()).toEqual(Object.keys(cold).sort());
    const differing = Object.keys(cold).filter((f) => incremental[f] !== cold[f]);
    expect(differing).toEqual([]);
    // The edits did reach the pages that show them.
    expect(readFileSync(join(dir, 'incremental', listedOn[0]!), 'utf8')).toContain(
      'Thông cáo mẫu (đã sửa) tổng kết năm 2023',
    );
    expect(readFileSync(join(dir, 'incremental/en/places/thac-mau/index.html'), 'utf8')).toContain(
      'Sample Province plan for foreign information in 2024',
    );

    // The build indexes the site beside its font, picture and site-file steps (scripts/build.ts);
    // the index it makes equals, file for file, the one the search step run alone on the finished
    // site makes: those steps change no page the index reads.
    expect(coldRun).toMatch(
      /then fonts, social images and site files [\d.]+ s and, beside them, the search index [\d.]+ s/,
    );
    const sequential = join(dir, 'sequential');
    cpSync(join(dir, 'cold'), sequential, { recursive: true });
    for (const name of readdirSync(sequential))
      if (name.startsWith('pagefind')) rmSync(join(sequential, name), { recursive: true });
    const indexed = spawnSync(process.execPath, [join(repo, 'scripts/build/search-index.ts'), '--site', sequential], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PORTAL_SEARCH_SHARD_PAGES: '5' },
    });
    expect(indexed.status, indexed.stdout + indexed.stderr).toBe(0);
    const searchFiles = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).filter(([f]) => f.startsWith('pagefind')));
    expect(Object.keys(searchFiles(cold)).length).toBeGreaterThan(20);
    expect(searchFiles(snapshotFiles(sequential))).toEqual(searchFiles(cold));
    rmSync(dir, { recursive: true, force: true });
  },
);
