import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

/**
 * The fixture's Decree 72/2015/NĐ-CP (tests/fixtures/content/national/legal), which the sample plans cite,
 * with its official source: a long address on the national legal database that must wrap, not push the
 * page sideways on a 390 px phone.
 */
const DECREE = '/legal/nghi-dinh-72-2015-nd-cp/';
const SOURCE = 'https://vbpl.vn/TW/Pages/ivbpqen-toanvan.aspx?ItemID=11059';

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.use({ viewport: { width: 390, height: 844 } });

for (const { lang, label } of [
  { lang: 'vi', label: 'Văn bản gốc (trang chính thức)' },
  { lang: 'en', label: 'Official source' },
] as const) {
  test(`a journalist opens a cited decree on a phone and finds its official source (${lang})`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}${DECREE}`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const facts = page.locator('dl').filter({ hasText: label });
    const link = facts.getByRole('link', { name: SOURCE });
    await expect(link).toHaveAttribute('href', SOURCE);
    const box = await link.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

/** The fixture's sample Decision 1191/QĐ-TTg, held only on a private legal database: the page must not call it official. */
const DECISION = '/legal/quyet-dinh-1191-qd-ttg/';
for (const { lang, label, official } of [
  { lang: 'vi', label: 'Bản sao trên trang không chính thức', official: 'Văn bản gốc' },
  { lang: 'en', label: 'Copy on an unofficial website', official: 'Official source' },
] as const) {
  test(`a journalist sees that a decision's only link is an unofficial copy (${lang})`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}${DECISION}`));
    const facts = page.locator('dl');
    await expect(facts.getByText(label, { exact: true })).toBeVisible();
    await expect(facts).not.toContainText(official);
    const link = facts.getByRole('link', { name: /thuviennhadat\.vn/ });
    await expect(link).toBeVisible();
    // The long label wraps in its own column: the values keep at least half of a 390 px screen.
    expect((await link.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(180);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}
