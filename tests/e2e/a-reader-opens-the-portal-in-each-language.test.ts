/**
 * A reader opens the fixture province (tests/fixtures/content/fixture: vi, en and km) in each of
 * its languages, switches between them, and lands on the right page from the root and on a 404.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const HOMES = [
  { lang: 'vi', title: /Thông tin đối ngoại Tỉnh Mẫu/ },
  { lang: 'en', title: /Sample Province foreign information/ },
  // km: the Khmer name ("គំរូ") after the words "foreign information of the province".
  { lang: 'km', title: /ព័ត៌មានការបរទេសខេត្តគំរូ/ },
];

for (const { lang, title } of HOMES) {
  test(`the home page reads in ${lang}`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator(`link[rel=alternate][hreflang=${lang}]`)).toHaveCount(1);
  });
}

test('the language switcher goes vi → en → km and back to the same page', async ({ page }) => {
  await page.goto(fixtureUrl('/vi/places/thac-mau/'));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/places/thac-mau/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mau Falls');
  await page.getByRole('link', { name: 'ភាសាខ្មែរ' }).click();
  await expect(page).toHaveURL(fixtureUrl('/km/places/thac-mau/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(fixtureUrl('/vi/places/thac-mau/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thác Mẫu');
});

test('the root sends a reader to the Vietnamese home and offers the other languages', async ({ page }) => {
  await page.goto(fixtureUrl('/'));
  await expect(page).toHaveURL(fixtureUrl('/vi/'));
  const response = await page.request.get(fixtureUrl('/'));
  const html = await response.text();
  expect(html).toContain('http-equiv="refresh"');
  expect(html).toContain('href="/en/"');
  expect(html).toContain('href="/km/"');
});

test('an unknown path shows the 404 page in the reader’s language', async ({ page }) => {
  const response = await page.goto(fixtureUrl('/en/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const root = await page.goto(fixtureUrl('/nothing-here'));
  expect(root?.status()).toBe(404);
});
