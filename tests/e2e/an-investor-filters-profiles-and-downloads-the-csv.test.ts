/**
 * An English-speaking investor goes from the English home page to the investment list, filters to
 * agriculture, opens a profile, reads the capital in USD, downloads the CSV and finds in it exactly
 * the profiles the page listed — with JavaScript and without it, on the fixture province (five sample
 * profiles, two of them in agriculture).
 */
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { fixtureUrl } from './support/sites.ts';

const PROVINCE = 'Sample Province';
const filters = (page: Page) => page.getByRole('navigation', { name: 'Filter and sort the profiles' });
const listedTitles = async (page: Page) =>
  (await page.locator('[data-invest-list]').getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim());

async function journey(page: Page, js: boolean) {
  await page.goto(fixtureUrl('/en/'));
  const section = page.getByRole('region', { name: `Invest in ${PROVINCE}` });
  await expect(section.getByRole('img', { name: 'Total capital by sector' })).toBeVisible();
  await section.getByRole('link', { name: 'See all investment profiles' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/invest/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Investment opportunities in ${PROVINCE}`);
  const all = await listedTitles(page);
  expect(all).toHaveLength(5);

  await filters(page).getByRole('link', { name: 'Agriculture & processing' }).click();
  await expect(page).toHaveURL(fixtureUrl(js ? '/en/invest/?sector=agriculture' : '/en/invest/sector/agriculture/'));
  const listed = await listedTitles(page);
  expect([...listed].sort()).toEqual([
    'Sample farm-produce processing project',
    'Sample medicinal herb growing area project',
  ]);
  await expect(page.getByRole('status')).toHaveText(listed.length === 1 ? '1 profile' : `${listed.length} profiles`);

  // The CSV, from the filtered page: its agriculture rows are exactly the listed profiles.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(all.length);
  const agriculture = csv.data.filter((row) => row.sector === 'agriculture');
  expect(agriculture.map((row) => row.title).sort()).toEqual([...listed].sort());

  // Open the first listed profile and read the capital in USD, with the rate and its date.
  await page.locator('[data-invest-list]').getByRole('link', { name: listed[0] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(listed[0]!);
  const capital = page.locator('dt:has-text("Total investment capital") + dd');
  await expect(capital).toHaveText(/^VND [\d,.]+ (billion|million) \(≈ USD [\d,.]+ (billion|million)\)$/);
  const row = agriculture.find((r) => r.title === listed[0])!;
  const usdMillions = Number(row.capital_usd) / 1e6;
  const shown = Number((await capital.textContent())!.match(/USD ([\d.]+) million/)![1]);
  expect(Math.abs(shown - usdMillions) / usdMillions).toBeLessThan(0.01);
  // The fixture's rate (tests/fixtures/content/national/exchange-rates/usd.yaml).
  await expect(
    page
      .getByText(/USD figures at 1 USD = 23,898 VND, the State Bank of Vietnam central rate of 25 August 2023/)
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Sample data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open this location on OpenStreetMap' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\/\?mlat=/,
  );
  const contact = page.getByRole('region', { name: 'Contact' });
  await expect(contact.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:/);
  await expect(contact.getByRole('link', { name: /^[+\d]/ }).first()).toHaveAttribute('href', /^tel:/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld.about['@type']).toBe('Project');
}

test('an investor on the English site filters to agriculture, opens a profile and downloads the CSV', async ({
  page,
}) => {
  await journey(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the same journey works', async ({ page }) => {
    await journey(page, false);
  });
});
