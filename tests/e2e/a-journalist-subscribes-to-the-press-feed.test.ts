import { test, expect } from '@playwright/test';
import { siteUrl, type SiteId } from './support/sites.ts';
import { loadProvince } from '../../src/node/provinces.ts';

// A gate on the live provinces: each one's feed, whatever its press releases and site address.
const SITE = (site: SiteId) => loadProvince(site).site.replace(/\/$/u, '');

for (const [site, lang] of [
  ['gia-lai', 'en'],
  ['phu-tho', 'ko'],
] as [SiteId, string][])
  test(`a journalist subscribes to the ${site} feed in ${lang}: valid RSS with absolute links and dates`, async ({
    page,
  }) => {
    await page.goto(siteUrl(site, `/${lang}/`));
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(feedHref).toBe(`/${lang}/rss.xml`);
    const xml = await (await page.request.get(siteUrl(site, feedHref!))).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length)
        return { error: doc.getElementsByTagName('parsererror')[0]!.textContent };
      return {
        version: doc.documentElement.getAttribute('version'),
        language: doc.querySelector('channel > language')?.textContent,
        items: [...doc.querySelectorAll('item')].map((i) => ({
          link: i.querySelector('link')?.textContent ?? '',
          date: i.querySelector('pubDate')?.textContent ?? '',
          title: i.querySelector('title')?.textContent ?? '',
        })),
      };
    }, xml);
    expect(parsed).not.toHaveProperty('error');
    expect(parsed.version).toBe('2.0');
    expect(parsed.language).toBe(lang);
    expect(parsed.items!.length).toBeGreaterThan(0);
    const times = parsed.items!.map((i) => Date.parse(i.date));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const item of parsed.items!) {
      expect(item.link.startsWith(`${SITE(site)}/${lang}/`)).toBe(true);
      // Each link is a real page of the built site.
      const local = await page.request.get(siteUrl(site, new URL(item.link).pathname));
      expect(local.status(), item.link).toBe(200);
    }
  });
