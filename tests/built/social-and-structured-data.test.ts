/**
 * Every page says what it is to search engines and social sites: canonical URL, Open Graph and
 * Twitter tags with an image that exists, and JSON-LD that parses, with the expected types on the
 * pages that must carry them.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { blocks, isNoindex, tags } from '../../src/lib/site-files/html-scan.ts';
import { contentRoot } from '../../src/node/provinces.ts';
import { builtSite, siteIds, type BuiltPage } from './support/built-site.ts';

const meta = (page: BuiltPage, key: string) =>
  tags(page.html, 'meta').find((m) => m.property === key || m.name === key)?.content;

/** Every @type in a page's JSON-LD blocks (graphs and nested items included). */
function jsonLdTypes(page: BuiltPage): string[] {
  const types: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (v && typeof v === 'object') {
      const t = (v as Record<string, unknown>)['@type'];
      if (t) types.push(...(Array.isArray(t) ? t : [t]).map(String));
      Object.values(v).forEach(visit);
    }
  };
  for (const b of blocks(page.html, 'script').filter((b) => b.attrs.type === 'application/ld+json'))
    visit(JSON.parse(b.content));
  return types;
}

/** Slugs of the province's press items of one kind, read from the Vietnamese sources. */
function pressSlugs(id: string, kind: string): string[] {
  const dir = join(contentRoot, id, 'press', 'vi');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(
      (f) =>
        /\.mdx?$/.test(f) &&
        new RegExp(`^kind:\\s*["']?${kind}`, 'm').test(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1] ?? ''),
    )
    .map((f) => f.replace(/\.mdx?$/, ''));
}

const PLACE_TYPES = [
  'Place',
  'TouristAttraction',
  'LandmarksOrHistoricalBuildings',
  'CivicStructure',
  'Museum',
  'AdministrativeArea',
];

describe.each(siteIds)('%s', (id) => {
  it('gives every indexable page a canonical URL, Open Graph and Twitter tags with an existing image', () => {
    const site = builtSite(id);
    const problems: string[] = [];
    for (const page of site.pages.filter((p) => !isNoindex(p.html) && p.path !== '/')) {
      const self = new URL(page.path, site.province.site).href;
      const canonical = tags(page.html, 'link').find((l) => l.rel === 'canonical')?.href;
      if (canonical !== self) problems.push(`${page.file}: canonical ${canonical} — expected ${self}`);
      for (const key of [
        'og:title',
        'og:description',
        'og:type',
        'og:url',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:title',
        'twitter:image',
      ])
        if (!meta(page, key)) problems.push(`${page.file}: no ${key}`);
      if (meta(page, 'og:url') !== self) problems.push(`${page.file}: og:url is not the page's own URL`);
      const image = meta(page, 'og:image');
      if (image && !site.files.has(new URL(image).pathname.slice(1)))
        problems.push(`${page.file}: og:image ${image} does not exist`);
    }
    expect(problems).toEqual([]);
  });

  it('has JSON-LD that parses, with the expected types', () => {
    const site = builtSite(id);
    const problems: string[] = [];
    const conferences = pressSlugs(id, 'conference');
    for (const page of site.pages) {
      let types: string[];
      try {
        types = jsonLdTypes(page);
      } catch (e) {
        problems.push(`${page.file}: JSON-LD does not parse (${(e as Error).message})`);
        continue;
      }
      const [, , section, slug, rest] = page.path.split('/');
      const expectType = (wanted: string[], what: string) => {
        if (!types.some((t) => wanted.includes(t)))
          problems.push(`${page.file}: no ${what} in JSON-LD (found: ${types.join(', ') || 'none'})`);
      };
      if (/^\/[a-z]{2}\/$/.test(page.path)) expectType(['GovernmentOrganization'], 'GovernmentOrganization');
      if (section === 'places' && slug && rest === '') expectType(PLACE_TYPES, 'Place');
      if (section === 'press' && slug && rest === '' && conferences.includes(slug)) expectType(['Event'], 'Event');
      if (tags(page.html, 'a').some((a) => /\.csv$/.test(a.href ?? '')) && !isNoindex(page.html))
        expectType(['Dataset'], 'Dataset (the page offers data to download)');
    }
    expect(problems).toEqual([]);
  });
});
