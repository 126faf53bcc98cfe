/**
 * An English-speaking investor reads about the Lệ Thanh border gate, finds the investment profiles
 * at the gate, opens the logistics centre, sees how old the exchange rate behind its USD figure is,
 * and goes back to the gate from the profile — on a phone-sized screen.
 */
import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

test.use({ viewport: { width: 390, height: 844 } });

test('from the Lệ Thanh page to a profile at the gate and back', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/places/cua-khau-quoc-te-le-thanh/'));
  const near = page.getByRole('region', { name: 'Investment profiles in or near this place' });
  await expect(near).toBeVisible();
  // The three profiles in Ia Dom commune, at the gate, are listed with their distance.
  for (const title of ['Le Thanh International Border Gate logistics centre', 'Ia Dom solar power plant with storage', 'Trunk road and utilities of the Le Thanh border-gate economic zone'])
    await expect(near.getByRole('link', { name: title })).toBeVisible();
  // Quy Nhơn, on the coast 190 km away, is not "near".
  await expect(near.getByRole('link', { name: /Quy Nhon/ })).toHaveCount(0);
  await expect(near.getByRole('listitem').filter({ hasText: 'Le Thanh International Border Gate logistics centre' })).toContainText(/about \d+ km away/);

  await near.getByRole('link', { name: 'Le Thanh International Border Gate logistics centre' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/invest/trung-tam-logistics-le-thanh/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le Thanh International Border Gate logistics centre');
  // The USD figure says which rate and of which day.
  await expect(page.locator('[data-capital]')).toContainText('USD');
  await expect(page.locator('[data-invest-rate]')).toContainText('25 August 2023');

  const back = page.getByRole('region', { name: 'Places nearby' });
  await back.getByRole('link', { name: 'Lệ Thanh international border gate' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/places/cua-khau-quoc-te-le-thanh/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lệ Thanh international border gate');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('the commune filter names the commune a foreigner can read, with its former district', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/invest/'));
  const filters = page.getByRole('navigation', { name: 'Filter and sort the profiles' });
  await expect(filters.getByRole('link', { name: 'Ia Dom Commune, formerly Duc Co District' })).toBeVisible();
  await expect(filters.getByRole('link', { name: 'Quy Nhon Nam Ward, formerly Quy Nhon City (Binh Dinh Province)' })).toBeVisible();
  await page.goto(siteUrl('gia-lai', '/km/invest/'));
  await expect(page.locator('[data-invest-filters]').getByRole('link', { name: 'ឃុំ Ia Dom អតីត ស្រុក Đức Cơ' })).toBeVisible();
});
