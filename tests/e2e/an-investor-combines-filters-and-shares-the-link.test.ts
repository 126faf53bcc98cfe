/** With JavaScript, filters combine in place, sorting reorders the list, and the URL carries both so it can be shared. */
import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

// The fixture's sample profiles in Ben Commune: a wind power project (80 ha, 1,200 billion VND) and a
// medicinal herb area in preparation (120 ha, 350 billion VND), so sorting by area reverses the capital order.
const WIND = 'Sample wind power project';
const HERBS = 'Sample medicinal herb growing area project';

const filters = (page: Page) => page.getByRole('navigation', { name: 'Filter and sort the profiles' });
const titles = async (page: Page) =>
  (
    await page
      .locator('[data-invest-list] [data-invest-card]:not([hidden])')
      .getByRole('heading', { level: 3 })
      .allTextContents()
  ).map((t) => t.trim());
const numbers = (page: Page, attr: string) =>
  page
    .locator('[data-invest-card]:not([hidden])')
    .evaluateAll((cards, a) => cards.map((c) => Number(c.getAttribute(a))), attr);

test('an investor combines sector and commune, sorts by area and shares the link', async ({ page }) => {
  await page.goto(fixtureUrl('/en/invest/'));
  const capitals = await numbers(page, 'data-capital');
  expect(capitals.length).toBeGreaterThan(2);
  expect(capitals).toEqual([...capitals].sort((a, b) => b - a));

  await filters(page).getByRole('link', { name: 'Ben Commune', exact: true }).click();
  await filters(page).getByRole('link', { name: 'Energy' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/?sector=energy&commune=xa-ben'));
  expect(await titles(page)).toEqual([WIND]);
  await expect(filters(page).getByRole('link', { name: 'Energy' })).toHaveAttribute('aria-current', 'true');

  await filters(page).getByRole('link', { name: 'All' }).first().click();
  await filters(page).getByRole('link', { name: 'Area, largest first' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/?commune=xa-ben&sort=area'));
  expect(await numbers(page, 'data-area')).toEqual([120, 80]);
  expect(await titles(page)).toEqual([HERBS, WIND]);

  // Someone opens the shared link: same profiles, same order.
  await page.goto(fixtureUrl('/en/invest/?commune=xa-ben&sort=area'));
  expect(await titles(page)).toEqual([HERBS, WIND]);
  // Back goes to the previous filter (same commune, sorted by capital), and the list follows.
  await page.goBack();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/?commune=xa-ben'));
  await expect(filters(page).getByRole('link', { name: 'Capital, largest first' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect.poll(() => titles(page)).toEqual([WIND, HERBS]);
  expect(await numbers(page, 'data-capital')).toEqual([1_200_000_000_000, 350_000_000_000]);
});

test('without JavaScript the static pages sort by area and filter by status', async ({ browser }) => {
  const page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(fixtureUrl('/en/invest/'));
  await page.getByRole('link', { name: 'Area, largest first' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/by-area/'));
  const areas = await numbers(page, 'data-area');
  expect(areas.length).toBeGreaterThan(2);
  expect(areas).toEqual([...areas].sort((a, b) => b - a));
  await page.getByRole('link', { name: 'In preparation' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/status/preparing/by-area/'));
  await expect(page.getByRole('status')).toHaveText('1 profile');
  expect(await titles(page)).toEqual([HERBS]);
  await page.close();
});
