import { test, expect } from '@playwright/test';
import { siteUrl, type SiteId } from './support/sites.ts';

const HOMES: Record<SiteId, { lang: string; title: RegExp }[]> = {
  'gia-lai': [
    { lang: 'vi', title: /Thông tin đối ngoại Gia Lai/ },
    { lang: 'en', title: /Gia Lai foreign information/ },
    { lang: 'km', title: /ព័ត៌មានការបរទេសខេត្តហ្សាឡាយ/ },
  ],
  'phu-tho': [
    { lang: 'vi', title: /Thông tin đối ngoại Phú Thọ/ },
    { lang: 'en', title: /Phu Tho foreign information/ },
    { lang: 'ko', title: /푸토 대외 정보/ },
  ],
};

for (const [site, homes] of Object.entries(HOMES) as [SiteId, (typeof HOMES)[SiteId]][]) {
  for (const { lang, title } of homes) {
    test(`the ${site} home page reads in ${lang}`, async ({ page }) => {
      await page.goto(siteUrl(site, `/${lang}/`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator(`link[rel=alternate][hreflang=${lang}]`)).toHaveCount(1);
    });
  }
}

test('the language switcher goes vi → en → km and back to the same page', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/vi/'));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'ភាសាខ្មែរ' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/km/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/vi/'));
});

test('the root sends a reader to the Vietnamese home and offers the other languages', async ({ page }) => {
  await page.goto(siteUrl('phu-tho', '/'));
  await expect(page).toHaveURL(siteUrl('phu-tho', '/vi/'));
  const response = await page.request.get(siteUrl('phu-tho', '/'));
  const html = await response.text();
  expect(html).toContain('http-equiv="refresh"');
  expect(html).toContain('href="/ko/"');
});

test('an unknown path shows the 404 page in the reader’s language', async ({ page }) => {
  const response = await page.goto(siteUrl('gia-lai', '/en/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const root = await page.goto(siteUrl('gia-lai', '/nothing-here'));
  expect(root?.status()).toBe(404);
});
