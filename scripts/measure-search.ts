/**
 * `npx node scripts/measure-search.ts --site <built site dir> [--port 4439] [--query vi="hat xoan"]…`
 * prints the search index size per locale and the bytes a browser fetches for a first query on
 * a locale's search page (Playwright, Chromium), split into Pagefind's files and the rest.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.ts';
import { indexSizes } from '../src/lib/search/index-size.ts';
import { isShardFile } from '../src/lib/search/shards.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    port: { type: 'string', default: '4439' },
    query: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.site) throw new Error('usage: node scripts/measure-search.ts --site <dir> [--query lang=words]…');
const site = values.site;
const bundle = join(site, 'pagefind');
const files = readdirSync(bundle, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => ({
    path: relative(bundle, join(e.parentPath, e.name)),
    size: statSync(join(e.parentPath, e.name)).size,
  }));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log(`Search index of ${site}`);
console.log('locale  pages  meta        index       fragments   filters     total');
for (const r of indexSizes(files)) {
  console.log(
    `${r.lang.padEnd(6)}  ${String(r.pages).padStart(5)}  ${kb(r.meta).padEnd(10)}  ${kb(r.index).padEnd(10)}  ${kb(r.fragments).padEnd(10)}  ${kb(r.filters).padEnd(10)}  ${kb(r.total)}`,
  );
}
const shared = files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(f.path));
console.log(`shared  ${shared.map((f) => `${f.path} ${kb(f.size)}`).join(', ')}`);

const DEFAULT_QUERIES: Record<string, string> = { vi: 'ke hoach', en: 'plan', km: 'ផែនការ', ko: '계획' };
const queries = { ...DEFAULT_QUERIES, ...Object.fromEntries(values.query.map((q) => q.split(/=(.*)/s).slice(0, 2))) };
const locales = indexSizes(files).map((r) => r.lang);
const port = Number(values.port);
const server = serve(site, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
console.log('\nFirst query on the search page (bytes as served; gzip estimate for JS a compressing host would send)');
for (const lang of locales) {
  const query = queries[lang] ?? 'a';
  const page = await browser.newPage();
  const fetched: { url: string; bytes: number; gz: number }[] = [];
  page.on('requestfinished', async (req) => {
    const body = await (await req.response())?.body().catch(() => undefined);
    if (!body) return;
    const url = new URL(req.url()).pathname;
    fetched.push({
      url,
      bytes: body.length,
      gz: /\.(js|html|css)$/.test(url) || url.endsWith('/') ? gzipSync(body).length : body.length,
    });
  });
  await page.goto(`http://localhost:${port}/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // The first shard's files and every other shard's (`/pagefind-2/`…), merged for the reader's language.
  const search = fetched.filter((f) => isShardFile(f.url));
  const sum = (list: typeof fetched, k: 'bytes' | 'gz') => list.reduce((n, f) => n + f[k], 0);
  const results = await page.locator('.portal-result').count();
  console.log(
    `${lang.padEnd(4)} "${query}": ${results} shown; pagefind ${search.length} files ${kb(sum(search, 'bytes'))} (gz ${kb(sum(search, 'gz'))}); whole page ${kb(sum(fetched, 'bytes'))} (gz ${kb(sum(fetched, 'gz'))})`,
  );
  for (const f of search) console.log(`       ${f.url} ${kb(f.bytes)}`);
  await page.close();
}
await browser.close();
server.close();
