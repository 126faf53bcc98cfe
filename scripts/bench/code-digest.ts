/**
 * A digest of the code a build runs (src/, the build scripts, Astro's config, the locked
 * dependencies). Astro's incremental build renders every page of a route whose code changed, so a
 * rebuild measured while someone edits the working tree measures their edits, not the change the
 * bench made (issue 20: a 2,000-entry rebuild rendered every place page again after a press
 * release edit, because a component the place pages import had been edited in between).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/node/site-walk.ts';

const CODE = ['src', 'scripts/build', 'scripts/build.ts', 'astro.config.mjs', 'package-lock.json'];

export function codeDigest(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const path of CODE) {
    const full = join(repoRoot, path);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory() ? listFiles(full).map((f) => `/${f}`) : [''];
    for (const file of files)
      hash
        .update(`${path}${file}\0`)
        .update(readFileSync(full + file))
        .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
