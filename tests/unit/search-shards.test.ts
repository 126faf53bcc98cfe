import { describe, expect, it } from 'vitest';
import { shardCount, shardFingerprint, shardOf, shardPath } from '../../src/lib/search/shards.ts';

describe('search shards', () => {
  it('keeps one index below the shard size and adds one per shard size above it', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(2500)).toBe(1);
    expect(shardCount(2501)).toBe(2);
    expect(shardCount(20110)).toBe(9);
    expect(shardCount(179, 20)).toBe(9);
    expect(() => shardCount(10, 0)).toThrow(/positive integer/);
  });

  it('puts a URL in the same shard every time and spreads URLs evenly', () => {
    expect(shardOf('/vi/press/tin-1/', 8)).toBe(shardOf('/vi/press/tin-1/', 8));
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 8000; i++) counts[shardOf(`/vi/press/tin-${i}/`, 8)]++;
    for (const c of counts) expect(c).toBeGreaterThan(800), expect(c).toBeLessThan(1200);
    expect(shardOf('/anything/', 1)).toBe(0);
  });

  it('serves the first shard where Pagefind’s bundle is', () => {
    expect(shardPath(0)).toBe('pagefind');
    expect(shardPath(1)).toBe('pagefind-2');
  });

  it('fingerprints the pages and their text, not their order', () => {
    const a = [{ url: '/a/', hash: '1' }, { url: '/b/', hash: '2' }];
    const fp = shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: a });
    expect(shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: [...a].reverse() })).toBe(fp);
    expect(shardFingerprint({ engine: 'pagefind 1.6.0', count: 2, pages: [a[0]!, { url: '/b/', hash: '3' }] })).not.toBe(fp);
    expect(shardFingerprint({ engine: 'pagefind 1.6.0', count: 3, pages: a })).not.toBe(fp);
    expect(shardFingerprint({ engine: 'pagefind 1.7.0', count: 2, pages: a })).not.toBe(fp);
  });
});
