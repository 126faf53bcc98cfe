/**
 * A facet page (/invest/commune/…/) carries only its own cards; with JavaScript, adding a second
 * filter there opens the full list with both filters in the URL, so combinations still work.
 */
import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

test('an investor on a commune page adds a sector and gets the combined list', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/invest/commune/xa-ia-dom/'));
  const cards = page.locator('[data-invest-card]');
  const onPage = await cards.count();
  expect(onPage).toBeGreaterThan(0);
  // Only this commune's cards are in the page, none hidden.
  expect(await cards.evaluateAll((all) => all.filter((c) => (c as HTMLElement).hidden).length)).toBe(0);
  await page.getByRole('navigation', { name: 'Filter and sort the profiles' }).getByRole('link', { name: 'Energy' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/invest/?sector=energy&commune=xa-ia-dom'));
  await expect(page.locator('[data-invest-list]').getByRole('heading', { level: 3 })).toHaveText(['Ia Dom solar power plant with storage']);
});
