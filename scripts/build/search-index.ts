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
 * Run in its own process: `node scripts/build/search-index.ts --site <dir> [--cache <dir>]`.
 */
import { runNode } from './child.ts';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isIndexable, searchCopy, searchSource, urlOfFile } from '../../src/lib/search/index-page.ts';
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
/** The file naming a Pagefind index's languages: per language in the cache, merged in the site. */
const ENTRY = 'pagefind-entry.json';
/** A language's folder in the cache: its code, never a path (the code comes from a page's <html lang>). */
const languageFolder = (lang: string) => `lang-${encodeURIComponent(lang)}`;

/** A shard's pages per language, languages in code order. */
function byLanguageOf(shard: readonly Page[]): Map<string, Page[]> {
  const map = new Map<string, Page[]>();
  for (const page of [...shard].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0)))
    map.set(page.lang, [...(map.get(page.lang) ?? []), page]);
  return map;
}

/** `cacheDir`: where shards are kept between builds (none: every shard is indexed). */
export function buildSearchIndex(siteDir: string, cacheDir?: string): Promise<void> {
  const args = [fileURLToPath(import.meta.url), '--site', siteDir, ...(cacheDir ? ['--cache', cacheDir] : [])];
  return runNode(args, {}, `Pagefind on ${siteDir}`);
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

async function main(siteDir: string, cacheDir: string | undefined): Promise<void> {
  const pages: Page[] = [];
  for (const file of htmlFiles(siteDir)) {
    const text = readFileSync(file, 'utf8');
    if (!isIndexable(text)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/i.exec(text)?.[1] ?? '';
    pages.push({
      url: urlOfFile(relative(siteDir, file)),
      lang,
      // What Pagefind reads, not the page's bytes: a dated sentence marked data-pagefind-ignore="all"
      // changes every day and must not make the shard be indexed again.
      hash: createHash('sha1').update(searchSource(text)).digest('hex'),
      file,
    });
  }
  const { shards, byLanguage } = planShards(pages, Number(process.env.PORTAL_SEARCH_SHARD_PAGES ?? SHARD_PAGES));
  const count = shards.length;
  // The index also depends on how pages are copied for it, so that code is part of the fingerprint.
  const code = createHash('sha256');
  for (const url of ['../../src/lib/search/index-page.ts', '../../src/lib/search/aliases.ts', import.meta.url])
    code.update(readFileSync(fileURLToPath(new URL(url, import.meta.url))));
  const engine = `pagefind ${JSON.parse(readFileSync(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url)), 'utf8')).version} ${code.digest('hex')}`;

  let pagefind: typeof import('pagefind') | undefined;
  let languageIndexes = 0;
  let reused = 0;
  const indexed: string[] = [];
  // Without a cache, each language is indexed into a scratch folder and merged from there.
  const work = cacheDir ?? mkdtempSync(join(tmpdir(), 'portal-search-'));
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
    const entries: string[] = [];
    for (const [lang, pagesOfLang] of byLanguageOf(shard)) {
      languageIndexes++;
      const fingerprint = `${lang}\n${shardFingerprint({ engine, count, pages: pagesOfLang })}`;
      const folder = join(work, shardPath(n), languageFolder(lang));
      if (existsSync(join(folder, FINGERPRINT)) && readFileSync(join(folder, FINGERPRINT), 'utf8') === fingerprint) {
        reused++;
      } else {
        pagefind ??= await import('pagefind');
        indexed.push(`${shardPath(n)} ${lang}`);
        rmSync(folder, { recursive: true, force: true });
        await indexShard(pagefind, siteDir, pagesOfLang, folder);
        writeFileSync(join(folder, FINGERPRINT), fingerprint);
      }
      // Pagefind's own files (pagefind.js, its wasm) are the same in every language's folder.
      cpSync(folder, out, { recursive: true, filter: (src) => !src.endsWith(FINGERPRINT) && !src.endsWith(ENTRY) });
      entries.push(readFileSync(join(folder, ENTRY), 'utf8'));
    }
    writeFileSync(join(out, ENTRY), mergedEntry(entries));
  }
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
      if (!shard.isDirectory()) rmSync(join(cacheDir, shard.name), { force: true });
      else
        for (const name of readdirSync(join(cacheDir, shard.name)))
          if (!kept.has(join(shard.name, name)))
            rmSync(join(cacheDir, shard.name, name), { recursive: true, force: true });
  } else if (!cacheDir) rmSync(work, { recursive: true, force: true });
  // Per language, the shards the browser merges into the first one.
  const merged = Object.fromEntries(
    Object.entries(byLanguage).map(([lang, ns]) => [lang, ns.filter((n) => n > 0).map((n) => `/${shardPath(n)}/`)]),
  );
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), `${JSON.stringify(merged)}\n`);
  await pagefind?.close();
  console.log(
    `  search: ${pages.length} pages in ${count} ${count > 1 ? 'shards' : 'shard'}, ${languageIndexes} language indexes (${reused} unchanged, copied${reused && indexed.length ? `; indexed: ${indexed.join(', ')}` : ''})`,
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
  const { values } = parseArgs({ options: { site: { type: 'string' }, cache: { type: 'string' } } });
  if (!values.site) throw new Error('usage: node scripts/build/search-index.ts --site <dir> [--cache <dir>]');
  mkdirSync(join(values.site, 'pagefind'), { recursive: true });
  await main(values.site, values.cache);
}
