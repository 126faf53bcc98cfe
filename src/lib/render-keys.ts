/**
 * Render keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied, not rendered again. A key must change
 * whenever anything the page shows changes, so it is built conservatively from content digests:
 * the site-wide data, the entry itself in every locale, and every prose entry it names or that
 * names it. A stale page is a wrong page; a key that changes too often only costs time.
 */
import { createHash } from 'node:crypto';

/** A prose entry as the keys see it. */
export interface KeyedEntry {
  /** "plans/ke-hoach-2024": concept and slug. */
  id: string;
  /** Digests of its source and of every translation, each with the file's id. */
  digests: string[];
  /** Ids ("places/bien-ho") of the prose entries its reference fields name. */
  refs: string[];
}

/** One key over many parts (order matters: callers pass them in a stable order). */
export function combineKeys(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 24);
}

/**
 * Each entry's key: `siteKey`, its own digests, and the digests of its neighbours (entries it
 * references and entries that reference it), so a renamed related piece or a new lower plan
 * re-renders the page that lists it.
 */
export function entryKeys(entries: readonly KeyedEntry[], siteKey: string): Map<string, string> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const neighbours = new Map(entries.map((e) => [e.id, new Set<string>()]));
  for (const e of entries)
    for (const ref of e.refs) {
      if (!byId.has(ref) || ref === e.id) continue;
      neighbours.get(e.id)!.add(ref);
      neighbours.get(ref)!.add(e.id);
    }
  const keys = new Map<string, string>();
  for (const e of entries) {
    const parts = [siteKey, e.id, ...e.digests];
    for (const n of [...neighbours.get(e.id)!].sort()) parts.push(n, ...byId.get(n)!.digests);
    keys.set(e.id, combineKeys(parts));
  }
  return keys;
}
