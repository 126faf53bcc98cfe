/**
 * Builds the Pagefind index of a built site, one index per locale (from each page's <html lang>).
 * Pagefind reads a copy of each page with search aliases (src/lib/search/aliases.ts): "đ" folded
 * to "d" and Khmer split into words, so readers' typing finds the page; served pages are unchanged.
 * Listings and fallbacks are left out (src/lib/search/index-page.ts).
 * Run in its own process: `node scripts/build/search-index.ts --site <dir>`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { isIndexable, urlOfFile, withSearchAliases } from '../../src/lib/search/index-page.ts';

/** Pagefind's own UI bundles: the portal has its own thin UI, so these are not shipped. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

export function buildSearchIndex(siteDir: string): void {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--site', siteDir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Pagefind failed on ${siteDir} (exit ${result.status ?? result.signal})`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.name.startsWith('404'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith('pagefind'))
    .sort();
}

async function main(siteDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const files = htmlFiles(siteDir);
  let indexed = 0;
  const BATCH = 32;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map(async (file) => {
      const html = readFileSync(file, 'utf8');
      if (!isIndexable(html)) return;
      const added = await index.addHTMLFile({ url: urlOfFile(relative(siteDir, file)), content: withSearchAliases(html) });
      if (added.errors.length) throw new Error(`${relative(siteDir, file)}: ${added.errors.join('; ')}`);
      indexed++;
    }));
  }
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  for (const name of UNUSED) rmSync(join(siteDir, 'pagefind', name), { force: true });
  await pagefind.close();
  console.log(`  search: ${indexed} of ${files.length} pages indexed`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  if (!values.site) throw new Error('usage: node scripts/build/search-index.ts --site <dir>');
  await main(values.site);
}
