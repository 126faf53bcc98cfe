/**
 * Astro writes a province's site into a folder whose name never changes, and the build then moves
 * it into its own scratch folder. Astro puts its output folder into the code of `astro:assets`, and
 * the incremental build hashes that code into the dependency hash of every route that shows a
 * picture (places, press): with a scratch folder of a new name on every build, those routes were
 * rendered again on every build. The folder sits beside the province's caches, under their lock.
 */
import { cpSync, renameSync, rmSync } from 'node:fs';
import { provinceCacheDir } from '../../src/node/cache-dir.ts';
import { errorCode } from '../../src/node/error-message.ts';

/**
 * The folder Astro builds this province into, the same on every build; emptied first, so that
 * nothing a failed build left there (a page since deleted) reaches the site.
 */
export function emptyAstroOutDir(province: string): string {
  const folder = `${provinceCacheDir(province)}.site`;
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/** Moves a built site to `to` (replaced); a copy where the two lie on different file systems. */
export function moveSite(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
