/**
 * Issue 18, point 4, on the about page (fixture province, 390 px): the contacts table written in
 * Markdown shows each row as a card whose lines name their column, so every phone and e-mail is
 * on the screen whole — no cell cut off at the edge of a box scrolling sideways.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

for (const lang of ['vi', 'en']) {
  test(`${lang}: the about page's contacts table reads as cards on a phone`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/about/`));
    const email = page.locator('.portal-about td:has(a[href^="mailto:"])').first();
    await expect(email).toBeVisible();
    // The cell names its column, as the header row above it says.
    const column = await email.evaluate((td) => {
      const table = td.closest('table')!;
      const index = [...td.parentElement!.children].indexOf(td);
      return table.querySelectorAll('thead th')[index]!.textContent.trim();
    });
    await expect(email).toHaveAttribute('data-label', column);
    const label = await email.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(JSON.stringify(column));
    // Every cell lies within the screen, whole: nothing scrolls inside the table's box.
    const outside = await page.locator('.portal-about td').evaluateAll((cells) =>
      cells
        .filter((td) => {
          const box = td.getBoundingClientRect();
          return box.left < 0 || box.right > document.documentElement.clientWidth || td.scrollWidth > td.clientWidth;
        })
        .map((td) => td.textContent.trim()),
    );
    expect(outside).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
  });
}
