import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

test.use({ viewport: { width: 390, height: 844 } });

const SHOTS = process.env.E2E_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** No sideways scrolling of the page itself (a table may scroll inside its own box). */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

/** Phone and email links, each read as a reader sees it: on how many lines it is drawn. */
async function contactLines(page: Page): Promise<{ text: string; href: string; lines: number }[]> {
  return page.locator('main a[href^="tel:"], main a[href^="mailto:"]').evaluateAll((links) =>
    links.map((a) => {
      // One rect per line box; an inline broken over two lines gives two (tops differ).
      const tops = new Set([...a.getClientRects()].map((r) => Math.round(r.top)));
      return { text: a.textContent ?? '', href: a.getAttribute('href') ?? '', lines: tops.size };
    }),
  );
}

async function expectContactsWhole(page: Page): Promise<void> {
  const contacts = await contactLines(page);
  expect(contacts.length).toBeGreaterThan(0);
  for (const c of contacts) {
    expect(c.lines, `"${c.text}" is broken over ${c.lines} lines`).toBe(1);
    if (c.href.startsWith('tel:')) expect(c.href).toMatch(/^tel:\+84\d+$/);
  }
}

/** A query per locale that finds the fixture's pages written in it (Khmer: "border", inside the sample gate's name). */
const QUERIES: Record<string, string> = { vi: 'tỉnh Mẫu', en: 'Sample Province', km: 'ព្រំដែន' };

for (const [lang, query] of Object.entries(QUERIES)) {
  test(`on a phone, search results in ${lang} come before the filters and say what each result is`, async ({
    page,
  }) => {
    await page.goto(fixtureUrl(`/${lang}/search/?q=${encodeURIComponent(query)}`));
    const first = page.locator('.portal-result').first();
    // The first query loads the index; several browsers at once on 2 cores take longer than 5 s.
    await expect(first).toBeVisible({ timeout: 15_000 });
    const filters = page.locator('[data-search-filters-box]');
    await expect(filters).toBeVisible();
    const firstTop = (await first.boundingBox())!.y;
    const filtersTop = (await filters.boundingBox())!.y;
    expect(firstTop).toBeLessThan(filtersTop);
    expect(firstTop).toBeLessThan(844);
    // Filters are folded away on a phone; a tap on their summary opens them.
    await expect(page.locator('[data-search-filters] input[type=checkbox]').first()).toBeHidden();
    await filters.locator('summary').click();
    await expect(page.locator('[data-search-filters] input[type=checkbox]').first()).toBeVisible();
    const types = await page
      .locator('.portal-result')
      .evaluateAll((items) => items.map((li) => li.querySelector('.portal-result__type')?.textContent?.trim() ?? ''));
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).not.toBe('');
    await expectNoHorizontalScroll(page);
    await shot(page, `search-${lang}-390`);
  });

  test(`on a phone, the spokespeople page in ${lang} fits the screen and keeps each phone and email whole`, async ({
    page,
  }) => {
    await page.goto(fixtureUrl(`/${lang}/spokespeople/`));
    await expectNoHorizontalScroll(page);
    await expectContactsWhole(page);
    await shot(page, `spokespeople-${lang}-390`);
  });
}

/** Wider screens put the spokespeople's cards side by side, each narrower than on a phone: vi and km have the longest labels. */
for (const lang of ['vi', 'en', 'km', 'ko']) {
  for (const width of [768, 1366]) {
    test(`at ${width} px, each spokesperson card in ${lang} keeps its phone and email whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(fixtureUrl(`/${lang}/spokespeople/`));
      await expectNoHorizontalScroll(page);
      await expectContactsWhole(page);
      await shot(page, `spokespeople-${lang}-${width}`);
    });
  }
}

test('on a phone, an investment profile and the about page fit the screen and keep contacts whole', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/vi/invest/du-an/'));
  await expectNoHorizontalScroll(page);
  await expectContactsWhole(page);
  await page.goto(fixtureUrl('/en/about/'));
  await expectNoHorizontalScroll(page);
  await expectContactsWhole(page);
  // The about page's table of contacts: no phone number or address split inside its cell.
  const cells = await page.locator('main td').evaluateAll((tds) =>
    tds
      .filter((td) => /@|^\+?[\d ]{9,}$/.test(td.textContent?.trim() ?? ''))
      .map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return {
          text: td.textContent ?? '',
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
        };
      }),
  );
  expect(cells.length).toBeGreaterThan(0);
  for (const c of cells) expect(c.lines, `"${c.text}" is broken over ${c.lines} lines`).toBe(1);
});

test('search results keep the sample-data badge of the page they lead to', async ({ page }) => {
  await page.goto(fixtureUrl(`/vi/search/?q=${encodeURIComponent('người phát ngôn')}`));
  await expect(page.locator('.portal-result').first()).toBeVisible({ timeout: 15_000 });
  const badges = page.locator('.portal-result .portal-badge');
  await expect(badges.first()).toHaveText('Dữ liệu mẫu');
});
