/**
 * Builds the Pagefind index of a built site, one index per locale (from each page's <html lang>).
 * Pagefind reads a copy of each page with search aliases (src/lib/search/aliases.ts): "đ" folded
 * to "d" and Khmer split into words, so readers' typing finds the page; served pages are unchanged.
 * Listings and fallbacks are left out (src/lib/search/index-page.ts).
 *
 * Above SHARD_PAGES indexed pages the index is cut into shards by URL (src/lib/search/shards.ts)
 * that the browser merges, and a shard whose pages did not change is copied from the last build's
 * cache instead of indexed again (pages are compared by what Pagefind reads of them, searchSource).
 * `pagefind/shards.json` lists, per language, the extra shards the
 * browser merges.
 * Run in its own process: `node scripts/build/search-index.ts --site <dir> [--cache <dir>] [--wait]`
 * (started ahead of the pages by the build: startSearchIndex).
 */
import { startNode } from './child.ts';
import { createHash } from 'node:crypto';
import { digestOf, eachFileBytes } from './built-pages.ts';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { searchCopy, urlOfFile } from '../../src/lib/search/index-page.ts';
import { searchFactsMemo, type SearchFactsMemo } from '../../src/lib/search/page-facts.ts';
import { SHARD_PAGES, mergedEntry, planShards, shardFingerprint, shardPath } from '../../src/lib/search/shards.ts';

/** Pagefind's own UI bundles: the portal has its own thin UI, so these are not shipped. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
const FINGERPRINT = 'portal-shard.txt';
/** Beside a language's cache folder, its last index while it is removed (setAside). */
const ASIDE = '.old';
/** The file naming a Pagefind index's languages: per language in the cache, merged in the site. */
const ENTRY = 'pagefind-entry.json';
/** Each page's search facts under the digest of its bytes (src/lib/search/page-facts.ts), beside the shards. */
const PAGES_MEMO = 'pages.json';
/** A language's folder in the cache: its code, never a path (the code comes from a page's <html lang>). */
const languageFolder = (lang: string) => `lang-${encodeURIComponent(lang)}`;

/** A shard's pages per language, languages in code order. */
function byLanguageOf(shard: readonly Page[]): Map<string, Page[]> {
  const map = new Map<string, Page[]>();
  for (const page of [...shard].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0))) {
    const list = map.get(page.lang);
    if (list) list.push(page);
    else map.set(page.lang, [page]);
  }
  return map;
}

/**
 * Starts the search step's process before the pages exist: it loads its code and the last build's
 * page memo while Astro builds (half a second to a second that would otherwise follow the pages),
 * then waits. `run()` says the pages are in `siteDir` and resolves when the index is written. A build
 * that fails before `run()` exits and so closes the process's input: it ends without writing anything.
 * `cacheDir`: where shards are kept between builds (none: every shard is indexed).
 */
export function startSearchIndex(siteDir: string, cacheDir?: string): { run(): Promise<void> } {
  const args = [
    fileURLToPath(import.meta.url),
    '--site',
    siteDir,
    ...(cacheDir ? ['--cache', cacheDir] : []),
    '--wait',
  ];
  const { child, exited } = startNode(args, { stdio: ['pipe', 'inherit', 'inherit'] }, `Pagefind on ${siteDir}`);
  // A failure before run() (its input then closed too) is the one run() returns.
  exited.catch(() => {});
  child.stdin?.on('error', () => {});
  return {
    run() {
      child.stdin?.end(`${GO}\n`);
      return exited;
    },
  };
}

/** What startSearchIndex writes once the pages are in place. */
const GO = 'pages-ready';

/** Whether the first line of the standard input says the pages are ready (false: it closed first). */
async function pagesReady(): Promise<boolean> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end) === GO;
  }
  return false;
}

/**
 * The site's pages, sorted: the order they are added in (Pagefind numbers pages in the order they
 * come, so the same pages in another order give other index files). The build runs this step beside
 * the font steps, which remove folders of theirs (fonts/<lang>/): a folder gone when the walk
 * reaches it held no page.
 */
function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (folder !== dir && error instanceof Error && 'code' in error && error.code === 'ENOENT') return;
      throw error;
    }
    for (const e of entries) {
      if (folder === dir && e.name.startsWith('pagefind')) continue; // the index itself
      const path = join(folder, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && e.name.endsWith('.html') && !e.name.startsWith('404')) files.push(path);
    }
  };
  walk(dir);
  return files.sort();
}

interface Page {
  url: string;
  lang: string;
  hash: string;
  file: string;
}

/** One language's part of a shard: indexed into `folder` in the cache unless `cached`, then placed in `out`. */
interface LanguageIndex {
  n: number;
  lang: string;
  pages: Page[];
  fingerprint: string;
  folder: string;
  out: string;
  cached: boolean;
}

/**
 * Puts a cached language index into the site as hard links (on a rebuild, copying every shard's
 * files cost more than reading the pages). Safe because no file of the cache or of a built site is
 * ever written in place: a language index is indexed into a folder emptied first, a file already in
 * the site (Pagefind's own, the same in every language) is unlinked and linked again, and the
 * cached files are read-only. A cache on another file system is copied. The links are made a few
 * at a time, so that the step keeps feeding Pagefind meanwhile (the file system does the waiting).
 */
async function placeIndex(folder: string, out: string): Promise<void> {
  const files: [from: string, to: string][] = [];
  const walk = (from: string, to: string): void => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from, { withFileTypes: true })) {
      if (e.name === FINGERPRINT || e.name === ENTRY) continue;
      if (e.isDirectory()) walk(join(from, e.name), join(to, e.name));
      else files.push([join(from, e.name), join(to, e.name)]);
    }
  };
  walk(folder, out);
  const AT_ONCE = 64;
  for (let i = 0; i < files.length; i += AT_ONCE)
    await Promise.all(files.slice(i, i + AT_ONCE).map(([from, to]) => placeFile(from, to)));
}

/** Links `from` at `to`, replacing a file there (another language of the shard placed the same one). */
async function placeFile(from: string, to: string): Promise<void> {
  // Two languages of a shard may place the same file at once: each attempt unlinks what the other linked.
  for (let attempt = 0; ; attempt++)
    try {
      await link(from, to);
      return;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === 'EEXIST' && attempt < 8) await rm(to, { force: true });
      else if (code === 'EXDEV' || code === 'EPERM') {
        await rm(to, { force: true });
        await copyFile(from, to);
        return;
      } else throw error;
    }
}

/**
 * Empties a language's cache folder before it is indexed again: renamed aside at once, and removed
 * while Pagefind indexes (a folder of a few thousand files took 0.7 s to remove at 10,000 entries).
 * The step's clean-up removes an aside folder an interrupted build left.
 */
function setAside(folder: string): Promise<void> {
  if (!existsSync(folder)) return Promise.resolve();
  const aside = `${folder}${ASIDE}`;
  rmSync(aside, { recursive: true, force: true });
  renameSync(folder, aside);
  return rm(aside, { recursive: true, force: true });
}

/** Makes a freshly written language index read-only: the site's hard links to it must not be written through. */
function freeze(folder: string): void {
  for (const e of readdirSync(folder, { withFileTypes: true }))
    if (e.isDirectory()) freeze(join(folder, e.name));
    else chmodSync(join(folder, e.name), 0o444);
}

/** What the step needs before it reads a page: its code's digest and the last build's page memo. */
function prepare(cacheDir: string | undefined): { codeDigest: string; memo: SearchFactsMemo } {
  // The index also depends on how pages are copied for it, so that code is part of the fingerprint.
  const code = createHash('sha256');
  for (const url of [
    '../../src/lib/search/index-page.ts',
    '../../src/lib/search/aliases.ts',
    '../../src/lib/search/page-facts.ts',
    import.meta.url,
  ])
    code.update(readFileSync(fileURLToPath(new URL(url, import.meta.url))));
  const codeDigest = code.digest('hex');
  const memoFile = cacheDir && join(cacheDir, PAGES_MEMO);
  const memo = searchFactsMemo(
    memoFile && existsSync(memoFile) ? readFileSync(memoFile, 'utf8') : undefined,
    codeDigest,
  );
  return { codeDigest, memo };
}

async function main(
  siteDir: string,
  cacheDir: string | undefined,
  { codeDigest, memo }: ReturnType<typeof prepare>,
): Promise<void> {
  mkdirSync(join(siteDir, 'pagefind'), { recursive: true });
  const pages: Page[] = [];
  const files = htmlFiles(siteDir);
  eachFileBytes(
    files,
    (file) => file,
    (file, bytes) => {
      // What Pagefind reads, not the page's bytes: a dated sentence marked data-pagefind-ignore="all"
      // changes every day and must not make the shard be indexed again.
      const facts = memo.of(digestOf(bytes), () => bytes.toString('utf8'));
      if (facts) pages.push({ url: urlOfFile(relative(siteDir, file)), ...facts, file });
    },
  );
  const { shards, byLanguage } = planShards(pages, Number(process.env.PORTAL_SEARCH_SHARD_PAGES ?? SHARD_PAGES));
  const count = shards.length;
  const engine = `pagefind ${JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url)), 'utf8')).version} ${codeDigest}`;

  let pagefind: typeof import('pagefind') | undefined;
  // Without a cache, each language is indexed into a scratch folder and merged from there.
  const work = cacheDir ?? mkdtempSync(join(tmpdir(), 'portal-search-'));
  const languages: LanguageIndex[] = [];
  for (const [n, shard] of shards.entries()) {
    // An empty shard (possible only with a tiny PORTAL_SEARCH_SHARD_PAGES) has no index to merge.
    if (n > 0 && !shard.length) continue;
    const out = join(siteDir, shardPath(n));
    if (!shard.length) {
      // A site with no page to index still gets Pagefind's bundle and an empty index.
      pagefind ??= await import('pagefind');
      await indexShard(pagefind, siteDir, [], out);
      continue;
    }
    mkdirSync(out, { recursive: true });
    for (const [lang, pagesOfLang] of byLanguageOf(shard)) {
      const fingerprint = `${lang}\n${shardFingerprint({ engine, count, pages: pagesOfLang })}`;
      const folder = join(work, shardPath(n), languageFolder(lang));
      const cached =
        existsSync(join(folder, FINGERPRINT)) && readFileSync(join(folder, FINGERPRINT), 'utf8') === fingerprint;
      languages.push({ n, lang, pages: pagesOfLang, fingerprint, folder, out, cached });
    }
  }
  // Pagefind indexes the changed languages in its own process while the unchanged ones are put in
  // place (file-system work): after an edit, the step ends when Pagefind does.
  const changed = languages.filter((l) => !l.cached);
  const removals: Promise<void>[] = [];
  const indexing = (async () => {
    for (const l of changed) {
      pagefind ??= await import('pagefind');
      removals.push(setAside(l.folder));
      await indexShard(pagefind, siteDir, l.pages, l.folder);
      freeze(l.folder);
      writeFileSync(join(l.folder, FINGERPRINT), l.fingerprint);
      await placeIndex(l.folder, l.out);
    }
  })();
  const placing = (async () => {
    for (const l of languages) if (l.cached) await placeIndex(l.folder, l.out);
  })();
  await Promise.all([indexing, placing]);
  await Promise.all(removals);
  // (An empty first shard has no language index: indexShard wrote its entry.)
  for (const n of new Set(languages.map((l) => l.n))) {
    const entries = languages.filter((l) => l.n === n).map((l) => readFileSync(join(l.folder, ENTRY), 'utf8'));
    writeFileSync(join(siteDir, shardPath(n), ENTRY), mergedEntry(entries));
  }
  const reused = languages.length - changed.length;
  const indexed = changed.map((l) => `${shardPath(l.n)} ${l.lang}`);
  // (No cache folder yet when no language was indexed: a site with no page to index.)
  if (cacheDir && existsSync(cacheDir)) {
    // Shards of a larger count, and languages gone from a shard, are stale once the site changes.
    const kept = new Set(
      shards.flatMap((shard, n) =>
        n > 0 && !shard.length
          ? []
          : [...byLanguageOf(shard).keys()].map((lang) => join(shardPath(n), languageFolder(lang))),
      ),
    );
    // (A cache of the layout before languages were cached apart holds files here: removed too.)
    for (const shard of readdirSync(cacheDir, { withFileTypes: true }))
      if (shard.name === PAGES_MEMO) continue;
      else if (!shard.isDirectory()) rmSync(join(cacheDir, shard.name), { force: true });
      else
        for (const name of readdirSync(join(cacheDir, shard.name)))
          if (!kept.has(join(shard.name, name)))
            rmSync(join(cacheDir, shard.name, name), { recursive: true, force: true });
  } else if (!cacheDir) rmSync(work, { recursive: true, force: true });
  if (cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, PAGES_MEMO), memo.serialize());
  }
  // Per language, the shards the browser merges into the first one.
  const merged = Object.fromEntries(
    Object.entries(byLanguage).map(([lang, ns]) => [lang, ns.filter((n) => n > 0).map((n) => `/${shardPath(n)}/`)]),
  );
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), `${JSON.stringify(merged)}\n`);
  await pagefind?.close();
  console.log(
    `  search: ${pages.length} pages in ${count} ${count > 1 ? 'shards' : 'shard'}, ${languages.length} language indexes (${reused} unchanged, copied${reused && indexed.length ? `; indexed: ${indexed.join(', ')}` : ''}); ${memo.read} of ${files.length} pages read`,
  );
}

async function indexShard(
  pagefind: typeof import('pagefind'),
  siteDir: string,
  shard: Page[],
  out: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const BATCH = 32;
  for (let i = 0; i < shard.length; i += BATCH) {
    await Promise.all(
      shard.slice(i, i + BATCH).map(async (page) => {
        const added = await index.addHTMLFile({ url: page.url, content: searchCopy(readFileSync(page.file, 'utf8')) });
        if (added.errors.length) throw new Error(`${relative(siteDir, page.file)}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  for (const name of UNUSED) rmSync(join(out, name), { force: true });
  await index.deleteIndex();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, cache: { type: 'string' }, wait: { type: 'boolean' } },
  });
  if (!values.site) throw new Error('usage: node scripts/build/search-index.ts --site <dir> [--cache <dir>] [--wait]');
  const prepared = prepare(values.cache);
  // --wait: started ahead of the pages (startSearchIndex); nothing is read or written before they are ready.
  if (!values.wait || (await pagesReady())) await main(values.site, values.cache, prepared);
}
