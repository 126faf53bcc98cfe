/**
 * Issue 18, point 5: the fallback chain field by field (fixture province, km → en → vi). A Khmer
 * file holding only a title and a summary shows them in Khmer and takes the rest from English;
 * whatever a Khmer page shows in another language carries that language's `lang` and a visible
 * label, and stays out of the Khmer search index. The Khmer calendar labels its English titles.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const KHMER = /[\u1780-\u17ff]/u;
/** "អង់គ្លេស": English, named in Khmer, as the notice names it. */
const ENGLISH_IN_KHMER = new Intl.DisplayNames(['km'], { type: 'language' }).of('en')!;

test.use(PHONE);

test('a place translated into Khmer in part: Khmer title and summary, the English body labelled, the notice', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/km/places/'));
  const link = page.locator('a[href$="/km/places/thac-mau/"]').first();
  await expect(link).toHaveText(KHMER);
  await link.click();
  await expect(page).toHaveURL(fixtureUrl('/km/places/thac-mau/'));
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('ទឹកធ្លាក់គំរូ');
  expect(await h1.evaluate((e) => e.closest('[lang]')!.getAttribute('lang'))).toBe('km');
  const notice = page.locator('[data-fallback]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('data-fallback', 'partial');
  await expect(notice).toContainText(ENGLISH_IN_KHMER);
  const body = page.locator('.portal-place__body');
  await expect(body).toHaveAttribute('lang', 'en');
  await expect(body).toContainText('Mau Falls is sample data');
  await expect(body).toHaveAttribute('data-pagefind-ignore', 'all');
  // The visible label just before the English text.
  const label = page.locator('main [data-lang-label="en"]').filter({ hasText: 'English' });
  await expect(label.first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
});

test('a plan with a Khmer title and summary shows its tasks and full text in English, each marked', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/km/plans/ke-hoach-2024/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KHMER);
  await expect(page.locator('[data-fallback="partial"]')).toBeVisible();
  const task = page.locator('.portal-tasks__what').first();
  // The task's title in English, with the visible label that says so beside it.
  await expect(task).toContainText('Publish the foreign information bulletin');
  await expect(task).toHaveAttribute('lang', 'en');
  await expect(task.locator('[data-lang-label="en"]')).toBeVisible();
  const fullText = page.locator('section[aria-labelledby="plan-full-text"]');
  await expect(fullText.locator('h2 [data-lang-label="en"]')).toBeVisible();
  await expect(fullText.locator('.portal-prose')).toHaveAttribute('lang', 'en');
  await expect(fullText.locator('.portal-prose')).toHaveAttribute('data-pagefind-ignore', 'all');
});

test('the Khmer calendar shows each title not yet in Khmer in English, labelled', async ({ page }) => {
  await page.goto(fixtureUrl('/km/calendar/2024/'));
  const rows = page.locator('tr[data-anniversary]');
  expect(await rows.count()).toBeGreaterThan(2);
  const founding = page.locator('tr[data-anniversary="thanh-lap-tinh-mau"] th');
  await expect(founding.locator('[lang="en"]').first()).toHaveText('Founding of Sample Province');
  await expect(founding.locator('[data-lang-label="en"]')).toBeVisible();
  for (const row of await rows.all()) {
    const title = row.locator('th > span').first();
    const lang = await title.getAttribute('lang');
    if (lang === 'km') continue;
    await expect(row.locator(`[data-lang-label="${lang}"]`), (await title.textContent()) ?? '').toBeVisible();
  }
});
