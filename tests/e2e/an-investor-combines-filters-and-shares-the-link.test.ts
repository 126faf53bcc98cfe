/** With JavaScript, filters combine in place, sorting reorders the list, and the URL carries both so it can be shared. */
import { test, expect, type Page } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

const filters = (page: Page) => page.getByRole('navigation', { name: 'Filter and sort the profiles' });
const titles = (page: Page) => page.locator('[data-invest-list]').getByRole('heading', { level: 3 }).allTextContents();
const numbers = (page: Page, attr: string) =>
  page.locator('[data-invest-card]:not([hidden])').evaluateAll((cards, a) => cards.map((c) => Number(c.getAttribute(a))), attr);

test('an investor combines sector and commune, sorts by area and shares the link', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/invest/'));
  const capitals = await numbers(page, 'data-capital');
  expect(capitals).toEqual([...capitals].sort((a, b) => b - a));

  await filters(page).getByRole('link', { name: 'Ia Dom Commune' }).click();
  await filters(page).getByRole('link', { name: 'Energy' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/invest/?sector=energy&commune=xa-ia-dom'));
  expect(await titles(page)).toEqual(['Ia Dom solar power plant with storage']);
  await expect(filters(page).getByRole('link', { name: 'Energy' })).toHaveAttribute('aria-current', 'true');

  await filters(page).getByRole('link', { name: 'All' }).first().click();
  await filters(page).getByRole('link', { name: 'Area, largest first' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/invest/?commune=xa-ia-dom&sort=area'));
  const areas = await numbers(page, 'data-area');
  expect(areas.length).toBe(3);
  expect(areas).toEqual([...areas].sort((a, b) => b - a));
  const shared = await titles(page);

  // Someone opens the shared link: same profiles, same order.
  await page.goto(siteUrl('gia-lai', '/en/invest/?commune=xa-ia-dom&sort=area'));
  expect(await titles(page)).toEqual(shared);
  // Back goes to the previous filter (same commune, sorted by capital), and the list follows.
  await page.goBack();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/invest/?commune=xa-ia-dom'));
  await expect(filters(page).getByRole('link', { name: 'Capital, largest first' })).toHaveAttribute('aria-current', 'true');
  const capitals2 = await numbers(page, 'data-capital');
  expect(capitals2).toHaveLength(3);
  expect(capitals2).toEqual([...capitals2].sort((a, b) => b - a));
});

test('without JavaScript the static pages sort by area and filter by status', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(siteUrl('phu-tho', '/ko/invest/'));
  await page.getByRole('link', { name: '면적 큰 순' }).click();
  await expect(page).toHaveURL(siteUrl('phu-tho', '/ko/invest/by-area/'));
  const areas = await numbers(page, 'data-area');
  expect(areas).toEqual([...areas].sort((a, b) => b - a));
  await page.getByRole('link', { name: '준비 중' }).click();
  await expect(page).toHaveURL(siteUrl('phu-tho', '/ko/invest/status/preparing/by-area/'));
  await expect(page.getByRole('status')).toHaveText('프로필 1건');
  await page.close();
});
