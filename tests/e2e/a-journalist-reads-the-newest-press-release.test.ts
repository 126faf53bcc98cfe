/**
 * A journalist reads the newest press release and a press-conference notice on the fixture
 * province: six sample press items (tests/fixtures/content/fixture/press), one more than a
 * listing page holds (PRESS_PAGE_SIZE, src/data/press-pages.ts), so the listing has a second page.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';
import { readdirSync } from 'node:fs';

/** Every fixture press item has a Vietnamese file; each is listed in every language. */
const PRESS_ITEMS = readdirSync('tests/fixtures/content/fixture/press/vi').filter((f) => f.endsWith('.md')).length;

test('a journalist opens the newest press release, with its spokesperson and attachment', async ({ page }) => {
  await page.goto(fixtureUrl('/en/press/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press');
  // Newest first, across both listing pages.
  const dates = await page
    .locator('.portal-press-list time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  await page.getByRole('navigation', { name: 'Listing pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/press/page/2/'));
  const later = await page
    .locator('.portal-press-list time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(later.length).toBeGreaterThan(0);
  expect(dates.length).toBeGreaterThan(later.length);
  const all = [...dates, ...later];
  expect(all).toHaveLength(PRESS_ITEMS);
  expect(all).toEqual([...all].sort().reverse());
  await expect(page.locator('.portal-press-list__title a')).toHaveText(['Thông cáo mẫu tổng kết năm 2023']);

  await page.goto(fixtureUrl('/en/press/'));
  const newest = page.locator('.portal-press-list__title a').first();
  await expect(newest).toHaveText('Thông cáo báo chí mẫu');
  await newest.click();
  await expect(page).toHaveURL(fixtureUrl('/en/press/thong-cao/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông cáo báo chí mẫu');

  // The spokesperson link leads to their entry in the directory.
  const who = page.locator('.portal-press-facts a');
  await expect(who).toHaveText('Nguyễn Văn Mẫu');
  const href = (await who.getAttribute('href'))!;
  await who.click();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();

  // A press-conference notice carries a schema.org Event and a downloadable attachment.
  await page.goto(fixtureUrl('/en/press/hop-bao-quy-i-2024/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Notice of the sample first-quarter 2024 press conference',
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').last().textContent())!);
  expect(ld).toMatchObject({ '@type': 'Event', startDate: '2024-02-28T09:00:00+07:00' });
  const link = page.locator('.portal-press-files a').first();
  await expect(link).toContainText('Sample information for the press');
  const file = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(file.status()).toBe(200);
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a press release in Vietnamese only is shown in Khmer in Vietnamese with a notice, not a 404', async ({
  page,
}) => {
  // tuyen-bo-mau has no English and no Khmer file: the chain km → en → vi ends in Vietnamese.
  const response = await page.goto(fixtureUrl('/km/press/tuyen-bo-mau/'));
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.locator('[data-notice="fallback"]')).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuyên bố mẫu về một tin không chính xác');
});
