/**
 * Issue 18: on a 390 px phone a year's anniversaries are cards, each whole on the screen: the date,
 * the count, the event and the year it happened, under its column's name. The table scrolled
 * sideways inside its box in English and Khmer (the year of the event off-screen: 417 px of table
 * in a 358 px box on the live English pages, 360 px on the fixture's).
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureUrl, siteUrl, DIST, SITES, type SiteId } from './support/sites.ts';
import { fixtureLocales } from './support/fixture-content.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
test.use(PHONE);

/** Every row of the year's table lies inside the screen, and its box does not scroll sideways. */
async function expectRowsOnScreen(page: Page): Promise<void> {
  const rows = page.locator('tr[data-anniversary]');
  expect(await rows.count()).toBeGreaterThan(0);
  const { box, beyond } = await page.evaluate(() => {
    const table = document.querySelector('.portal-anniversaries')!;
    const wrap = table.parentElement!;
    const width = document.documentElement.clientWidth;
    const cells = [...table.querySelectorAll('tbody tr > *')].filter((c) => c.getBoundingClientRect().width > 0);
    return {
      box: { scrollWidth: wrap.scrollWidth, clientWidth: wrap.clientWidth },
      beyond: cells
        .filter((c) => c.getBoundingClientRect().right > width + 0.5)
        .map((c) => c.textContent.trim().slice(0, 40)),
    };
  });
  expect(box.scrollWidth, `table ${box.scrollWidth} px in a ${box.clientWidth} px box`).toBeLessThanOrEqual(
    box.clientWidth,
  );
  expect(beyond, 'cells past the right edge of the screen').toEqual([]);
  const page390 = await page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
  expect(page390).toBe(true);
}

for (const lang of fixtureLocales()) {
  test(`in ${lang}, each anniversary of 2024 is a card with its date, count, event and year`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/calendar/2024/`));
    await expectRowsOnScreen(page);
    // A counted event shows the year it happened, named as its column is.
    const counted = page.locator('tr[data-anniversary] td[data-label]').filter({ hasText: /\d{4}/ }).first();
    await expect(counted).toBeVisible();
    const label = await counted.getAttribute('data-label');
    const before = await counted.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(before).toContain(label!);
    // An event shown without a count (a yearly festival) has no year to show, and no empty "Year of the event:".
    for (const cell of await page.locator('tr[data-anniversary] td[data-label]:visible').all())
      await expect(cell).toHaveText(/\d{4}/);
  });
}

/** Live sites built in DIST, with the locales their province.yaml lists (a gate: any content passes it). */
const live = (Object.keys(SITES) as SiteId[]).filter((site) => existsSync(join(DIST, site, 'index.html')));

test('on every live site and locale, the year of the build lists its anniversaries whole on the screen', async ({
  page,
}) => {
  test.skip(live.length === 0, 'no live site built in DIST');
  const year = new Date().getUTCFullYear();
  for (const site of live) {
    const { locales } = parse(readFileSync(join('content', site, 'province.yaml'), 'utf8')) as { locales: string[] };
    for (const lang of locales) {
      await page.goto(siteUrl(site, `/${lang}/calendar/${year}/`));
      await expectRowsOnScreen(page);
    }
  }
});
