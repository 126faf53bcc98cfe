/**
 * Issue 18: a Korean reader on a 390 px phone searches the fixture province (ko → en → vi). Two
 * places and the 2024 plan have a Korean title and summary (tests/fixtures/content/fixture/*\/ko).
 * The reader types a Korean word from a translated title on the Korean home page, reads the result
 * (its type, the sample-data badge, the Korean title) and opens the page, in Korean. A piece with
 * no Korean file is not in the Korean index (the index holds only what is written in Korean, like
 * the Khmer one): the reader finds it on the Korean list, in English, labelled.
 */
import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
test.use(PHONE);

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

test('a Korean word from a translated title, typed on the Korean home page, finds the piece; its page is in Korean', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/ko/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // "폭포" (waterfall), the second word of "견본 폭포" (Mau Falls).
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('폭포');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/ko\/search\/\?q=/);

  const result = page.locator('.portal-result').filter({ has: page.locator('a[href="/ko/places/thac-mau/"]') });
  await expect(result).toHaveCount(1, { timeout: 15_000 });
  await expect(result.locator('.portal-result__type')).toHaveText('유산 및 명소');
  await expect(result.locator('.portal-badge')).toHaveText('샘플 데이터');
  const link = result.getByRole('link');
  await expect(link).toHaveText('견본 폭포');
  // Text the search script wrote, not on the page as built, is drawn in the site's Korean font too.
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.portal-result a[href="/ko/places/thac-mau/"]',
  });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.map((f) => f.familyName)).toContainEqual(expect.stringMatching(/^Noto Sans KR/));
  expect(fonts.filter((f) => !f.isCustomFont)).toEqual([]);
  // Results come before the filters: the first one is on the first screen.
  expect((await page.locator('.portal-result').first().boundingBox())!.y).toBeLessThan(PHONE.viewport.height);
  await expectNoSidewaysScroll(page);

  await link.click();
  await expect(page).toHaveURL(fixtureUrl('/ko/places/thac-mau/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('견본 폭포');
  expect(await h1.evaluate((e) => e.closest('[lang]')!.getAttribute('lang'))).toBe('ko');
  await expect(page.getByText('테스트를 위해 지어낸 폭포로', { exact: false }).first()).toBeVisible();
  // The body has no Korean yet: English, labelled, and the notice says so.
  await expect(page.locator('[data-fallback="partial"]')).toBeVisible();
  await expect(page.locator('.portal-place__body')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main [data-lang-label="en"]').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('a piece with no Korean file is not in the Korean index; the Korean list shows it in English, labelled', async ({
  page,
}) => {
  const title = 'Sample wind power project';
  const href = '/ko/invest/du-an-dien-gio/';
  await page.goto(fixtureUrl(`/en/search/?q=${encodeURIComponent(title)}`));
  await expect(page.locator('.portal-result a[href="/en/invest/du-an-dien-gio/"]').first()).toBeVisible({
    timeout: 15_000,
  });

  await page.goto(fixtureUrl(`/ko/search/?q=${encodeURIComponent(title)}`));
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/, { timeout: 15_000 });
  await expect(page.locator(`.portal-result a[href="${href}"]`)).toHaveCount(0);
  for (const shown of await page
    .locator('.portal-result a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(shown).toMatch(/^\/ko\//);

  await page.goto(fixtureUrl('/ko/invest/'));
  const link = page.locator(`a[href="${href}"]`).first();
  await expect(link).toHaveText(title);
  await expect(link).toHaveAttribute('lang', 'en');
  const label = page.locator('li').filter({ has: link }).locator('[data-lang-label]');
  await expect(label).toHaveText('English');
  await link.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('[data-notice=fallback]')).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('a unit not yet named in Korean shows its English name with a visible label', async ({ page }) => {
  await page.goto(fixtureUrl('/ko/units/so-ngoai-vu/'));
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Sample Department of Foreign Affairs');
  await expect(h1).toHaveAttribute('lang', 'en');
  // The h1 carried lang="en" and nothing a reader could see (issue 18: a visible language label).
  const label = page.locator('main [data-lang-label="en"]').first();
  await expect(label).toBeVisible();
  await expect(label).toHaveText('English');
  expect((await label.boundingBox())!.y - (await h1.boundingBox())!.y).toBeLessThan(150);
  await expectNoSidewaysScroll(page);
});

test('a plan’s facts written in the document’s Vietnamese say so on the Korean page', async ({ page }) => {
  await page.goto(fixtureUrl('/ko/plans/ke-hoach-2024/'));
  // The area ("tỉnh Mẫu") is the signed document's own words: it carried lang="vi" and nothing visible.
  const area = page.locator('.portal-plan-facts dd').filter({ hasText: 'tỉnh Mẫu' });
  await expect(area.locator('[lang="vi"]').first()).toHaveText('tỉnh Mẫu');
  const label = area.locator('[data-lang-label="vi"]');
  await expect(label).toBeVisible();
  await expect(label).toHaveText('Tiếng Việt');
  await expectNoSidewaysScroll(page);
});
