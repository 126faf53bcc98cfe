import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

/** Every request the page makes to an origin other than the portal's. */
function foreignRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(fixtureUrl()).origin && !r.url().startsWith('data:')) seen.push(r.url());
  });
  return seen;
}

test.use({ viewport: { width: 390, height: 844 } });

for (const { lang, place, other, laos, heading } of [
  { lang: 'vi', place: 'Thác Mẫu', other: 'Cửa khẩu Mẫu', laos: 'LÀO', heading: 'Bản đồ vị trí' },
  { lang: 'en', place: 'Mau Falls', other: 'Cửa khẩu Mẫu', laos: 'LAOS', heading: 'Location map' },
]) {
  test(`a reader on a phone sees the place, the province outline and the neighbours on its map (${lang})`, async ({
    page,
  }) => {
    const foreign = foreignRequests(page);
    await page.goto(fixtureUrl(`/${lang}/places/thac-mau/`));
    const section = page.getByRole('region', { name: heading });
    await section.scrollIntoViewIfNeeded();
    const detail = section.getByRole('img').first();
    await expect(detail).toHaveAccessibleName(new RegExp(place));
    await expect(detail).toHaveAccessibleDescription(new RegExp(`${place}.*${other}`));
    // The outline of the province and one labelled point per place, this one first and highlighted.
    await expect(detail.locator('path[data-map="province"]')).toHaveCount(1);
    await expect(detail.locator('circle[data-map="point"]')).toHaveCount(2);
    for (const name of [place, other, laos]) {
      const label = detail.locator('text', { hasText: name }).first();
      await expect(label).toBeVisible();
      // Readable on a 390 px screen: at least 11 CSS pixels tall.
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(11);
    }
    // The overview: the province filled in Viet Nam, with the archipelagos.
    const overview = section.getByRole('img').nth(1);
    await expect(overview.locator('path[data-map="province"]')).toHaveCount(1);
    await expect(overview.locator('text')).toContainText([
      lang === 'vi' ? 'Quần đảo Hoàng Sa' : 'Hoang Sa archipelago',
    ]);
    await expect(section.locator('figcaption')).toContainText('Natural Earth');
    // The link out to a full map stays.
    await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=14\.35/,
    );
    // Inside the screen, and nothing asked of another site.
    const box = (await detail.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}
