/**
 * On each page type, a keyboard user reaches every link, button and field with Tab, and each one
 * shows a visible focus indicator when it has focus.
 */
import { test, expect } from '@playwright/test';
import { pageTypeSamples, sites } from './support/built-pages.ts';
import { siteUrl } from './support/sites.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

for (const site of sites) {
  for (const [type, path] of pageTypeSamples(site)) {
    test(`${site} ${type} page (${path}): every control is reachable by Tab and shows focus`, async ({ page }) => {
      await page.goto(siteUrl(site, path));
      const expected = await page.$$eval(
        FOCUSABLE,
        (els) =>
          els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
            .length,
      );
      const reached: string[] = [];
      const invisible: string[] = [];
      // Tab through the page (with headroom), recording each focused element once.
      for (let i = 0; i < expected + 5 && i < 400; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          if (el.dataset.kbSeen) return { id: '', visible: true, repeat: true };
          el.dataset.kbSeen = '1';
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = s.boxShadow !== 'none';
          const id = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}[${(el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
          return { id, visible: outline || shadow, repeat: false };
        });
        if (!info) continue;
        if (info.repeat) break;
        reached.push(info.id);
        if (!info.visible) invisible.push(info.id);
      }
      expect(invisible, 'elements with no visible focus').toEqual([]);
      expect(reached.length, `reached ${reached.length} of ${expected} focusable elements`).toBeGreaterThanOrEqual(
        expected,
      );
    });
  }
}
