/**
 * A large site's search index is cut into shards that the browser merges (Pagefind's mergeIndex),
 * so that a rebuild re-indexes only the shards whose pages changed. A page's shard depends on its
 * URL and its language's page count, so an edit never moves other pages. Sites under SHARD_PAGES
 * indexed pages in every language, every real province today, keep one index and pay nothing.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { lookup } from '../lookup.ts';

/** Indexed pages of one language per shard (a shard of two such languages re-indexes in about 15 s here). */
export const SHARD_PAGES = 2500;

export function shardCount(pages: number, perShard = SHARD_PAGES): number {
  if (!Number.isInteger(perShard) || perShard < 1)
    throw new Error(`shardCount: pages per shard must be a positive integer, got ${perShard}`);
  return Math.max(1, Math.ceil(pages / perShard));
}

/** The shard a URL belongs to (FNV-1a over the URL, modulo the count). */
export function shardOf(url: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

export interface ShardPlan<P> {
  /** The pages of each shard; shard 0 holds some pages of every language. */
  shards: P[][];
  /** Per language, the shards that hold its pages (0 first). */
  byLanguage: Record<string, number[]>;
}

/**
 * Cuts each language on its own, by its own page count: a shard holds every language that has pages
 * in it, and a reader's browser merges only the shards of its language, because Pagefind answers
 * from another language when a merged index lacks the reader's (so a sparse Khmer corpus spread
 * over Vietnamese-sized shards would show Vietnamese results).
 */
export function planShards<P extends { url: string; lang: string }>(
  pages: readonly P[],
  perShard = SHARD_PAGES,
): ShardPlan<P> {
  const byLang = new Map<string, P[]>();
  for (const p of pages) {
    const list = byLang.get(p.lang);
    if (list) list.push(p);
    else byLang.set(p.lang, [p]);
  }
  const counts = new Map([...byLang].map(([lang, list]) => [lang, shardCount(list.length, perShard)]));
  const shards = Array.from({ length: Math.max(1, ...counts.values()) }, (): P[] => []);
  const byLanguage: Record<string, number[]> = {};
  for (const [lang, list] of [...byLang].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const used = new Set<number>();
    for (const p of list) {
      const n = shardOf(p.url, lookup(counts, lang, 'shard counts'));
      const shard = shards[n];
      if (shard === undefined) throw new Error(`shard ${n} of ${shards.length} for ${p.url}: shardOf is out of range`);
      shard.push(p);
      used.add(n);
    }
    byLanguage[lang] = [...used].sort((a, b) => a - b);
  }
  return { shards, byLanguage };
}

/** Where shard `n` is served: the first one where Pagefind's own bundle is, the others beside it. */
export const shardPath = (n: number): string => (n === 0 ? 'pagefind' : `pagefind-${n + 1}`);

/** Whether a path under the site's root (`/pagefind-2/fragment/x.pf_fragment`) is a file of a search shard. */
export const isShardFile = (path: string): boolean => /^\/pagefind(-[1-9]\d*)?\//.test(path);

/** What a shard's index is made from: same fingerprint, same files (Pagefind's output is deterministic). */
export function shardFingerprint(parts: {
  engine: string;
  count: number;
  pages: readonly { url: string; hash: string }[];
}): string {
  const h = createHash('sha256').update(`${parts.engine}\n${parts.count}\n`);
  for (const p of [...parts.pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)))
    h.update(`${p.url}\t${p.hash}\n`);
  return h.digest('hex');
}

/**
 * A shard is indexed one language at a time, each language cached on its own, so an edit in one
 * language re-indexes only that language's part of the shard. Pagefind numbers and names each
 * language's files on their own (checked: a language indexed alone gives the same files, byte for
 * byte, as all languages indexed together), so the union of the per-language folders is the index
 * of the whole shard except for `pagefind-entry.json`, which names every language: `mergedEntry`
 * writes it as Pagefind does, languages in code order.
 */
const pagefindEntry = z
  .object({
    version: z.string(),
    languages: z.record(z.string(), z.unknown()),
    include_characters: z.array(z.string()),
  })
  .strict(); // a field this code does not know would be dropped from the merged file

export function mergedEntry(entries: readonly string[]): string {
  const parsed = entries.map((text) => pagefindEntry.parse(JSON.parse(text)));
  const first = parsed[0];
  if (!first) throw new Error('mergedEntry: no language index to merge');
  for (const e of parsed)
    if (
      e.version !== first.version ||
      JSON.stringify(e.include_characters) !== JSON.stringify(first.include_characters)
    )
      throw new Error(`mergedEntry: language indexes of different Pagefind builds (${e.version}, ${first.version})`);
  const languages: Record<string, unknown> = {};
  const all = parsed.flatMap((e) => Object.entries(e.languages));
  for (const [lang, value] of all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (lang in languages) throw new Error(`mergedEntry: language "${lang}" indexed twice`);
    languages[lang] = value;
  }
  return JSON.stringify({ version: first.version, languages, include_characters: first.include_characters });
}
