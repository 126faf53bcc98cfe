/**
 * A reader who visits each page type and opens search makes requests to the portal's own origin
 * only, and nothing on the way breaks the Content-Security-Policy the site sends.
 */
import { test, expect } from '@playwright/test';
import { pageTypeSamples, sites } from './support/built-pages.ts';
import { watchPage } from './support/csp-watch.ts';
import { siteUrl } from './support/sites.ts';

for (const site of sites) {
  test(`a reader of ${site} fetches nothing from another origin, and the CSP blocks nothing`, async ({ page }) => {
    const watch = await watchPage(page);
    const origin = new URL(siteUrl(site)).origin;
    const response = await page.goto(siteUrl(site, '/vi/'));
    expect(response?.headers()['content-security-policy'], 'the site sends its CSP').toContain("default-src 'self'");
    for (const [, path] of pageTypeSamples(site)) {
      await page.goto(siteUrl(site, path), { waitUntil: 'networkidle' });
    }
    // Open search the way a reader does: the box in the header, then the results.
    const box = page.locator('#portal-search-q');
    if (await box.count()) {
      await box.first().focus();
      await box.first().fill('Gia Lai');
      await box.first().press('Enter');
      await page.waitForLoadState('networkidle');
    }
    const foreign = watch.requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(await watch.violations()).toEqual([]);
  });
}
