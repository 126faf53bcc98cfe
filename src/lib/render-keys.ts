/**
 * Render keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied, not rendered again. A key must change
 * whenever anything the page shows changes, so it is built conservatively from content digests:
 * the site-wide data, the entry itself in every locale, and every prose entry it names or that
 * names it. A stale page is a wrong page; a key that changes too often only costs time.
 */
import { createHash } from 'node:crypto';
import { tenureOn, type Tenure } from './spokespeople.ts';
import { lookup } from './lookup.ts';

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
 * What keyed pages show that follows from the build date, in place of the date itself, so that a
 * build on the next day copies every page: the year, and whether each person is upcoming, in
 * office or former on that day (spokespeople and the contact of an investment profile). A page
 * that shows the date itself (the calendar landing, the spokespeople list) or what is coming after
 * it (the next anniversaries) has no key and is rendered on every build.
 */
export function dateFacts(day: string, people: readonly (Tenure & { id: string })[]): string[] {
  return ['year', day.slice(0, 4), 'tenures', ...people.map((p) => `${p.id}:${tenureOn(p, day)}`).sort()];
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
      lookup(neighbours, e.id, 'entryKeys neighbours').add(ref);
      lookup(neighbours, ref, 'entryKeys neighbours').add(e.id);
    }
  const keys = new Map<string, string>();
  for (const e of entries) {
    const parts = [siteKey, e.id, ...e.digests];
    for (const n of [...lookup(neighbours, e.id, 'entryKeys neighbours')].sort())
      parts.push(n, ...lookup(byId, n, 'entryKeys entries').digests);
    keys.set(e.id, combineKeys(parts));
  }
  return keys;
}
