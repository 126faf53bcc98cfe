/** Where a province's build caches live between builds (Astro's cacheDir, social cards, search shards). */
import { resolve } from 'node:path';
import { repoRoot } from './provinces.ts';

/** PORTAL_CACHE_DIR/<province>, node_modules/.astro/<province> by default: one per province keeps each warm. */
export function provinceCacheDir(province: string): string {
  return resolve(repoRoot, process.env.PORTAL_CACHE_DIR ?? 'node_modules/.astro', province);
}
