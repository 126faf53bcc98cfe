import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

test('a content page fetches no search files until the reader focuses the search box', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) searchRequests.push(r.url());
  });
  await page.goto(fixtureUrl('/vi/press/thong-cao/'));
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  const loaded = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind.js');
  await page.getByRole('search').getByRole('searchbox').first().focus();
  await loaded;
});

test('the header search box takes the reader to the search page with their words', async ({ page }) => {
  await page.goto(fixtureUrl('/en/'));
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.fill('sample plan');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=sample\+plan$/);
  // The first search of a page loads Pagefind and its index: seconds on a busy 2-core runner.
  await expect(page.locator('.portal-result').first()).toBeVisible({ timeout: 15_000 });
});
