/**
 * An English-speaking investor reads about the fixture's sample border gate (Cửa khẩu Mẫu, in
 * Vietnamese only), finds the investment profile beside it, opens it, sees how old the exchange
 * rate behind its USD figure is, and goes back to the gate from the profile — on a phone-sized
 * screen. Nearness is within NEAR_KM (src/lib/geo/nearness.ts): the logistics centre is about
 * 4 km from the gate; the energy and farm-produce profiles, some 90 km away, are not near it.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

test.use({ viewport: { width: 390, height: 844 } });

const CENTRE = 'Sample logistics centre at the Mau border gate';

test('from the border-gate page to the profile beside it and back', async ({ page }) => {
  await page.goto(fixtureUrl('/en/places/cua-khau-mau/'));
  const near = page.getByRole('region', { name: 'Investment profiles in or near this place' });
  await expect(near).toBeVisible();
  await expect(near.getByRole('link')).toHaveText([CENTRE]);
  for (const far of [
    'Sample solar power project',
    'Sample wind power project',
    'Sample farm-produce processing project',
  ])
    await expect(near.getByRole('link', { name: far })).toHaveCount(0);
  await expect(near.getByRole('listitem').filter({ hasText: CENTRE })).toContainText(/about \d+ km away/);

  await near.getByRole('link', { name: CENTRE }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/trung-tam-logistics-cua-khau-mau/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CENTRE);
  // The USD figure says which rate and of which day (tests/fixtures/content/national/exchange-rates/usd.yaml).
  await expect(page.locator('[data-capital]')).toContainText('USD');
  await expect(page.locator('[data-invest-rate]')).toContainText('25 August 2023');

  const back = page.getByRole('region', { name: 'Places nearby' });
  await back.getByRole('link', { name: 'Cửa khẩu Mẫu' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/places/cua-khau-mau/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cửa khẩu Mẫu');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
});

test('a place with no profile within reach lists none', async ({ page }) => {
  // Thác Mẫu lies some 35 km from the nearest profile.
  await page.goto(fixtureUrl('/en/places/thac-mau/'));
  await expect(page.getByRole('region', { name: 'Investment profiles in or near this place' })).toHaveCount(0);
});

test('the commune filter names the commune a foreigner can read, with its former district', async ({ page }) => {
  await page.goto(fixtureUrl('/en/invest/'));
  const filters = page.getByRole('navigation', { name: 'Filter and sort the profiles' });
  await expect(filters.getByRole('link', { name: 'Bien Mau Commune, formerly Mau Cu District' })).toBeVisible();
  // A commune without a former district is named alone.
  await expect(filters.getByRole('link', { name: 'Ben Commune', exact: true })).toBeVisible();
  // Khmer: the fixture's communes have no Khmer names, so the English ones, with the Khmer "formerly".
  await page.goto(fixtureUrl('/km/invest/'));
  await expect(
    page.locator('[data-invest-filters]').getByRole('link', { name: 'Bien Mau Commune អតីត Mau Cu District' }),
  ).toBeVisible();
});
