import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

test('a journalist opens the newest press release, with its spokesperson and attachment', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/press/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press');
  // Newest first, across both listing pages.
  const first = await page.locator('.portal-press-list time').allTextContents();
  const dates = await page.locator('.portal-press-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(first.length).toBeGreaterThan(1);
  await page.getByRole('navigation', { name: 'Listing pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/press/page/2/'));
  const later = await page.locator('.portal-press-list time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  const all = [...dates, ...later];
  expect(all).toEqual([...all].sort().reverse());

  await page.goto(siteUrl('gia-lai', '/en/press/'));
  const newest = page.locator('.portal-press-list__title a').first();
  const title = (await newest.textContent())!;
  await newest.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const url = page.url();
  expect(url).toMatch(/\/en\/press\/[a-z0-9-]+\/$/);

  // The spokesperson link leads to their entry in the directory.
  const who = page.locator('.portal-press-facts a');
  const href = (await who.getAttribute('href'))!;
  await who.click();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();

  // A press-conference notice carries a schema.org Event and a downloadable attachment.
  await page.goto(siteUrl('gia-lai', '/en/press/hop-bao-quy-iv-2026/'));
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent())!);
  expect(ld).toMatchObject({ '@type': 'Event', startDate: '2026-12-15T09:00:00+07:00' });
  const file = await page.request.get(new URL((await page.locator('.portal-press-files a').first().getAttribute('href'))!, page.url()).href);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a press release without a Khmer translation is shown in Vietnamese with a notice, not a 404', async ({ page }) => {
  const response = await page.goto(siteUrl('gia-lai', '/km/press/hop-bao-quy-iv-2026/'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('[data-notice="fallback"]')).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
});
