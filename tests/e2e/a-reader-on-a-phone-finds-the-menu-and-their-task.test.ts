/**
 * The header and the home page, on a phone (390×844) and a laptop (1366×768), in each locale of
 * the fixture province: a small header with a menu that opens with and without JavaScript, the
 * navigation on the content's left edge, and a home page that starts from the reader's task and
 * searches.
 */
import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';
import { fixtureLocales, planIn } from './support/fixture-content.ts';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const SHOTS = process.env.E2E_SHOTS;

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth} px wide on a ${clientWidth} px screen`).toBeLessThanOrEqual(clientWidth);
}

const left = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!.x;
const navLinks = (page: Page) => page.locator('header nav.portal-nav a');
const menuButton = (page: Page) => page.locator('header summary');

/** The navigation and the brand start where the page's content starts. */
async function expectAligned(page: Page): Promise<void> {
  const content = await left(page, 'main h1');
  expect(await left(page, 'header nav.portal-nav a'), 'first navigation link').toBe(content);
  expect(await left(page, 'header .portal-header__brand'), 'brand').toBe(content);
}

/** Task links that lead to their sections, and no second copy of the navigation. */
async function expectTasksNotNavigation(page: Page, lang: string): Promise<void> {
  const tasks = page.locator('main [data-task]');
  const taskHrefs = await tasks.evaluateAll((items) =>
    items.map((li) => li.querySelector('h3 a')?.getAttribute('href')),
  );
  expect(taskHrefs).toEqual([`/${lang}/invest/`, `/${lang}/places/`, `/${lang}/spokespeople/`, `/${lang}/plans/`]);
  // Not the grid of every section with its orphan "Search" tile it replaced.
  await expect(page.locator('main a[href$="/search/"]')).toHaveCount(0);
  const navHrefs = await navLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const mainHrefs = new Set(
    await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  );
  expect(navHrefs.every((h) => mainHrefs.has(h))).toBe(false);
}

for (const lang of fixtureLocales()) {
  test.describe(`on a phone, in ${lang}`, () => {
    test.use({ viewport: PHONE });

    test('a header of at most a quarter of the screen, a menu that opens and closes, a home page by task whose search box finds a plan', async ({
      page,
    }) => {
      for (const path of [`/${lang}/plans/`, `/${lang}/calendar/`, `/${lang}/`]) {
        await page.goto(fixtureUrl(path));
        const header = (await page.locator('header.portal-header').boundingBox())!;
        expect(header.height, `${path}: header ${header.height} px`).toBeLessThanOrEqual(PHONE.height / 4);
        await expectNoHorizontalScroll(page);
      }
      await expect(navLinks(page).first()).toBeHidden();
      await menuButton(page).click();
      await expect(navLinks(page).first()).toBeVisible();
      await expectAligned(page);
      await expectNoHorizontalScroll(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/fixture-menu-${lang}-390.png` });
      await menuButton(page).click();
      await expect(navLinks(page).first()).toBeHidden();

      await expectTasksNotNavigation(page, lang);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/fixture-home-${lang}-390.png`, fullPage: true });
      // A plan written in this language is in its search index (one shown through a fallback is not).
      const plan = planIn(lang) ?? planIn('vi')!;
      const box = page.getByRole('main').getByRole('searchbox');
      await box.fill(plan.title);
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=`));
      await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(plan.title);
      if (planIn(lang))
        await expect(page.locator(`.portal-result a[href$="/plans/${plan.slug}/"]`).first()).toBeVisible({
          timeout: 15_000,
        });
    });
  });

  test.describe(`on a phone without JavaScript, in ${lang}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: false });

    test('the menu opens, leads to a section, and closes', async ({ page }) => {
      await page.goto(fixtureUrl(`/${lang}/`));
      await expect(navLinks(page).first()).toBeHidden();
      await menuButton(page).click();
      await expect(navLinks(page).first()).toBeVisible();
      await navLinks(page).first().click();
      await expect(page).toHaveURL(/\/plans\/$/);
      await menuButton(page).click();
      await expect(navLinks(page).first()).toBeVisible();
      await menuButton(page).click();
      await expect(navLinks(page).first()).toBeHidden();
    });
  });

  test.describe(`on a laptop, in ${lang}`, () => {
    test.use({ viewport: LAPTOP });

    test("the navigation shows without a menu button, on the content's left edge; the home page is by task", async ({
      page,
    }) => {
      await page.goto(fixtureUrl(`/${lang}/`));
      await expect(menuButton(page)).toBeHidden();
      await expect(navLinks(page).first()).toBeVisible();
      await expectAligned(page);
      await expectTasksNotNavigation(page, lang);
      await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
      await expectNoHorizontalScroll(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/fixture-home-${lang}-1366.png`, fullPage: true });
    });
  });
}
