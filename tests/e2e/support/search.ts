/** Runs a query on a locale's search page and reads back the results as a reader sees them. */
import { expect, type Page } from '@playwright/test';
import { siteUrl, type SiteId } from './sites.ts';

export interface ShownResult {
  href: string;
  title: string;
  type: string;
  excerpt: string;
  marks: string[];
}

export function searchFor(page: Page, site: SiteId, lang: string, query: string): Promise<ShownResult[]> {
  return searchAt(page, siteUrl(site), lang, query);
}

/** The same on a site served at `root` (e.g. http://localhost:4326/, or http://localhost:4326/ttdn-portal/fixture/ under a sub-path). */
export async function searchAt(page: Page, root: string, lang: string, query: string): Promise<ShownResult[]> {
  await page.goto(new URL(`${lang}/search/?q=${encodeURIComponent(query)}`, root).href);
  await expect(page.locator('[data-search-status]')).not.toHaveText('');
  // The first query loads the index: several browsers at once on 2 cores take longer than 5 s.
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…$/, { timeout: 15_000 });
  return page.locator('.portal-result').evaluateAll((items) =>
    items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent,
      type: li.querySelector('.portal-result__type')?.textContent ?? '',
      excerpt: li.querySelector('.portal-result__excerpt')!.textContent,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  );
}

/** The hrefs of the first three results. */
export const topThree = (results: ShownResult[]) => results.slice(0, 3).map((r) => r.href);
