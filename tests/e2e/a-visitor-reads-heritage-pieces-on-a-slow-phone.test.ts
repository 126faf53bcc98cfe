/**
 * A visitor on a slow phone reads the fixture province's two sample places
 * (tests/fixtures/content/fixture/places): Thác Mẫu (a cover picture, English draft) and Cửa khẩu
 * Mẫu (a cover and one gallery picture, Vietnamese with a Khmer draft).
 */
import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Each fixture place and the pictures in its page: the cover, then its gallery. */
const PICTURES: Record<string, number> = { 'thac-mau': 1, 'cua-khau-mau': 2 };
const LANGS = ['vi', 'en', 'km'];

/** Width descriptor of the srcset candidate the browser chose. */
async function chosenWidth(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((img: HTMLImageElement) => {
      const picture = img.closest('picture')!;
      const candidates = [...picture.querySelectorAll('source'), img].flatMap((el) =>
        (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)),
      );
      const match = candidates.find(([url]) => img.currentSrc.endsWith(url!));
      return {
        currentSrc: img.currentSrc,
        width: Number(match?.[1]?.replace('w', '')),
        rendered: img.clientWidth,
        dpr: window.devicePixelRatio,
      };
    });
}

test.describe('on a 390 px phone', () => {
  test.use(PHONE);

  test('a visitor opens Mau Falls in English from the home page and gets a phone-sized AVIF or WebP hero', async ({
    page,
  }) => {
    await page.goto(fixtureUrl('/en/'));
    await page
      .getByRole('region', { name: 'Heritage and places to know' })
      .getByRole('link', { name: 'Mau Falls' })
      .click();
    await expect(page).toHaveURL(fixtureUrl('/en/places/thac-mau/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mau Falls');
    await expect(page.locator('[data-notice=draft]')).toBeVisible();
    const hero = 'figure.portal-figure--hero img';
    await expect(page.locator(hero)).toHaveJSProperty('complete', true);
    const { currentSrc, width, rendered, dpr } = await chosenWidth(page, hero);
    expect(currentSrc).toMatch(/\.(avif|webp)$/);
    // Big enough to be sharp on this screen, never wider than the phone's own pixels.
    expect(width).toBeGreaterThanOrEqual(rendered * dpr * 0.9);
    expect(width).toBeLessThanOrEqual(390 * dpr);
  });

  test('pictures that arrive late do not move the text (CLS ≈ 0)', async ({ page }) => {
    // Pictures arrive 1.5 s after the page and its fonts, as on a slow phone network.
    await page.route(/\/_astro\/.+\.(avif|webp|jpe?g|png)$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(fixtureUrl('/en/places/cua-khau-mau/'));
    await page.evaluate(() => document.fonts.ready);
    await page.locator('.portal-figure--gallery').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.01);
  });
});

test('every picture on the place pages has alt text and a fixed size', async ({ page }) => {
  for (const lang of LANGS)
    for (const [slug, pictures] of Object.entries(PICTURES)) {
      const response = await page.goto(fixtureUrl(`/${lang}/places/${slug}/`));
      expect(response?.status(), `${lang}/${slug}`).toBe(200);
      const images = await page.locator('main img').evaluateAll((imgs) =>
        imgs.map((i) => ({
          alt: i.getAttribute('alt')?.trim() ?? '',
          w: i.getAttribute('width'),
          h: i.getAttribute('height'),
          src: i.getAttribute('src'),
        })),
      );
      expect(images.length, `${lang}/${slug}`).toBe(pictures);
      for (const img of images) {
        expect(img.alt, `${lang}/${slug} ${img.src}`).not.toBe('');
        expect(Number(img.w) * Number(img.h), `${lang}/${slug} ${img.src}`).toBeGreaterThan(0);
      }
      await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
        'href',
        /^https:\/\/www\.openstreetmap\.org\/\?mlat=/,
      );
      expect(await page.locator('script[type="application/ld+json"]').count()).toBeGreaterThan(0);
    }
});

test('a picture in the text opens a large version with the keyboard alone', async ({ page }) => {
  await page.goto(fixtureUrl('/en/places/cua-khau-mau/'));
  const link = page.locator('.portal-figure--gallery a').first();
  for (let i = 0; i < 60 && !(await link.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const [response] = await Promise.all([page.waitForResponse(/\.webp$/), page.keyboard.press('Enter')]);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/webp');
});

test('the Khmer page of the sample border gate renders in Khmer script', async ({ page }) => {
  await page.goto(fixtureUrl('/km/places/cua-khau-mau/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ច្រកព្រំដែនគំរូ');
  await expect(page.locator('[data-notice=fallback]')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  const khmerFace = await page.evaluate(() =>
    [...document.fonts].some((f) => f.family.includes('Noto Sans Khmer') && f.status === 'loaded'),
  );
  expect(khmerFace).toBe(true);
  await page.screenshot({ path: '/tmp/shots/heritage-km-cua-khau-mau.png', fullPage: false });
});
