import { describe, it, expect } from 'vitest';
import { localizedPaths } from '../../src/lib/localized-paths.ts';

describe('localizedPaths', () => {
  it('gives every item of every locale a page, locale by locale, in the items’ order', async () => {
    const items: Record<string, string[]> = { vi: ['b', 'a'], en: ['a'] };
    const paths = await localizedPaths(
      ['vi', 'en', 'km'],
      async (lang) => items[lang] ?? [],
      (slug, lang) => ({
        slug,
        props: { title: `${slug} (${lang})` },
        cacheKey: `key-${slug}`,
      }),
    );
    expect(paths).toEqual([
      { params: { lang: 'vi', slug: 'b' }, props: { title: 'b (vi)' }, cacheKey: 'key-b' },
      { params: { lang: 'vi', slug: 'a' }, props: { title: 'a (vi)' }, cacheKey: 'key-a' },
      { params: { lang: 'en', slug: 'a' }, props: { title: 'a (en)' }, cacheKey: 'key-a' },
    ]);
  });

  it('takes any iterable (a map’s values) and leaves out a cache key it was not given', async () => {
    const units = new Map([['u1', { slug: 'so-ngoai-vu' }]]);
    const paths = await localizedPaths(
      ['vi'],
      () => units.values(),
      async (unit) => ({ slug: unit.slug, props: { unit } }),
    );
    expect(paths).toEqual([{ params: { lang: 'vi', slug: 'so-ngoai-vu' }, props: { unit: { slug: 'so-ngoai-vu' } } }]);
    expect(paths[0]).not.toHaveProperty('cacheKey');
  });
});
