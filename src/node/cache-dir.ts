/** Where a province's build caches live between builds (Astro's cacheDir, social cards, search shards). */
import { resolve } from 'node:path';
import { repoRoot } from './provinces.ts';

/** PORTAL_CACHE_DIR/<province>, node_modules/.astro/<province> by default: one per province keeps each warm. */
export function provinceCacheDir(province: string): string {
  return resolve(repoRoot, process.env.PORTAL_CACHE_DIR ?? 'node_modules/.astro', province);
}

/**
 * The province's own public folder (fonts, logo), written by the portal integration and copied
 * by Astro into the site. One per province, so two provinces built at once never write the same
 * files, and one province's logo never ends up in another's site. Beside the cache rather than
 * inside it, so nothing that clears Astro's cache removes it; the dot keeps it apart from every
 * province id.
 */
export function provincePublicDir(province: string): string {
  return `${provinceCacheDir(province)}.public`;
}

/** The lock a build of this province holds on its caches and public folder (scripts/build/lock.ts). */
export function provinceLockFile(province: string): string {
  return `${provinceCacheDir(province)}.lock`;
}
