/**
 * A facet page (/invest/commune/…/) carries only its own cards; with JavaScript, adding a second
 * filter there opens the full list with both filters in the URL, so combinations still work.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

// The fixture province's sample profiles: two in Xã Mẫu (agriculture, energy), one energy profile in Xã Bến.

test('an investor on a commune page adds a sector and gets the combined list', async ({ page }) => {
  await page.goto(fixtureUrl('/en/invest/commune/xa-mau/'));
  const cards = page.locator('[data-invest-card]');
  const onPage = await cards.count();
  expect(onPage).toBe(2);
  // Only this commune's cards are in the page, none hidden.
  expect(await cards.evaluateAll((all) => all.filter((c) => (c as HTMLElement).hidden).length)).toBe(0);
  await page
    .getByRole('navigation', { name: 'Filter and sort the profiles' })
    .getByRole('link', { name: 'Energy' })
    .click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/?sector=energy&commune=xa-mau'));
  await expect(page.locator('[data-invest-list]').getByRole('heading', { level: 3 })).toHaveText([
    'Sample solar power project',
  ]);
});
