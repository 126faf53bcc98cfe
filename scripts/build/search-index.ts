/** Builds the Pagefind index of a built site (one index per locale, from each page's lang). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/node/provinces.ts';

export function buildSearchIndex(siteDir: string): void {
  const bin = join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs');
  const result = spawnSync(process.execPath, [bin, '--site', siteDir, '--quiet'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Pagefind failed on ${siteDir} (exit ${result.status ?? result.signal})`);
}
