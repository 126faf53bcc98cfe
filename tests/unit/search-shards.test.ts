import { describe, expect, it } from 'vitest';
import {
  isShardFile,
  mergedEntry,
  planShards,
  shardCount,
  shardFingerprint,
  shardOf,
  shardPath,
} from '../../src/lib/search/shards.ts';

describe('search shards', () => {
  it('keeps one index below the shard size and adds one per shard size above it', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(2500)).toBe(1);
    expect(shardCount(2501)).toBe(2);
    expect(shardCount(20110)).toBe(9);
    expect(shardCount(179, 20)).toBe(9);
    expect(() => shardCount(10, 0)).toThrow(/positive integer/);
  });

  it('hashes with 32-bit FNV-1a, so a URL keeps its shard from build to build', () => {
    // Published FNV-1a test vectors (a count of 2^32 leaves the hash whole).
    expect(shardOf('', 2 ** 32)).toBe(0x811c9dc5);
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(shardOf('/vi/press/tin-1/', 8)).toBe(6);
  });

  it('spreads URLs evenly', () => {
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[shardOf(`/vi/press/tin-${i}/`, 8)]++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(800);
      expect(c).toBeLessThan(1200);
    }
    expect(shardOf('/anything/', 1)).toBe(0);
  });

  it('serves the first shard where Pagefind’s bundle is', () => {
    expect(shardPath(0)).toBe('pagefind');
    expect(shardPath(1)).toBe('pagefind-2');
  });

  it('fingerprints the pages and their text, not their order', () => {
    const a = [
      { url: '/a/', hash: '1' },
      { url: '/b/', hash: '2' },
    ];
    const fp = shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: a });
    expect(shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: [...a].reverse() })).toBe(fp);
    expect(
      shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: [a[0]!, { url: '/b/', hash: '3' }] }),
    ).not.toBe(fp);
    expect(shardFingerprint({ engine: 'pagefind 1.6.0', count: 3, pages: a })).not.toBe(fp);
    expect(shardFingerprint({ engine: 'pagefind 1.7.0', count: 2, pages: a })).not.toBe(fp);
  });
});

describe('planShards', () => {
  const pages = [
    ...Array.from({ length: 100 }, (_, i) => ({ url: `/vi/press/tin-${i}/`, lang: 'vi' })),
    ...Array.from({ length: 3 }, (_, i) => ({ url: `/km/press/tin-${i}/`, lang: 'km' })),
  ];

  it('cuts each language by its own count, so a sparse language stays whole in the first shard', () => {
    const { shards, byLanguage } = planShards(pages, 20);
    expect(shards).toHaveLength(5);
    expect(byLanguage.km).toEqual([0]);
    expect(byLanguage.vi).toEqual([0, 1, 2, 3, 4]);
    expect(shards[0]!.filter((p) => p.lang === 'km')).toHaveLength(3);
    expect(shards.flat()).toHaveLength(103);
  });

  it('keeps one shard for a small site', () => {
    const { shards, byLanguage } = planShards(pages);
    expect(shards).toHaveLength(1);
    expect(byLanguage).toEqual({ km: [0], vi: [0] });
  });

  it('merges the entry files of languages indexed apart as Pagefind writes one: languages in code order', () => {
    const entry = (lang: string, wasm: string | null) =>
      JSON.stringify({
        version: '1.6.0',
        languages: { [lang]: { hash: `${lang}_0123456789`, wasm, page_count: 2 } },
        include_characters: ['_', '‿'],
      });
    expect(mergedEntry([entry('vi', null), entry('en', 'en'), entry('ko', null)])).toBe(
      '{"version":"1.6.0","languages":{"en":{"hash":"en_0123456789","wasm":"en","page_count":2},"ko":{"hash":"ko_0123456789","wasm":null,"page_count":2},"vi":{"hash":"vi_0123456789","wasm":null,"page_count":2}},"include_characters":["_","‿"]}',
    );
    expect(() => mergedEntry([])).toThrow(/no language index/);
    expect(() => mergedEntry([entry('vi', null), entry('vi', null)])).toThrow(/"vi" indexed twice/);
    expect(() => mergedEntry([entry('vi', null), entry('en', 'en').replace('1.6.0', '1.7.0')])).toThrow(
      /different Pagefind builds/,
    );
    // A field this code does not know would be lost in the merge: refused instead.
    expect(() => mergedEntry([entry('vi', null).replace('{"version"', '{"extra":1,"version"')])).toThrow();
  });
});

describe('isShardFile', () => {
  it("counts every shard's files, the first and the merged ones, and nothing else", () => {
    for (const n of [0, 1, 4, 11]) expect(isShardFile(`/${shardPath(n)}/fragment/vi_1a2b.pf_fragment`)).toBe(true);
    expect(isShardFile('/pagefind/pagefind.js')).toBe(true);
    for (const path of ['/pagefind.html', '/vi/pagefind/', '/pagefind-ui.css', '/pagefind-0/x', '/fonts/vi.css'])
      expect(isShardFile(path), path).toBe(false);
  });
});
