import { test, expect, type Page } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

const SHOTS = process.env.E2E_SHOTS; // e.g. /tmp/shots: screenshots for a person to look at
/**
 * The fixture's sample plan of seven tasks, the sixth split as the plan numbers it (6.1 led by Sở Văn hóa
 * with two partners, 6.2), without a signer (tests/fixtures/content/fixture/plans/vi/ke-hoach-trien-khai-mau.md).
 */
const PLAN = '/plans/ke-hoach-trien-khai-mau/';

const CASES = [
  {
    lang: 'vi',
    contents: 'Mục lục',
    tasks: 'Nhiệm vụ',
    notStated: 'Không thể hiện trong bản văn chúng tôi có',
    lead: 'Chủ trì',
    partners: 'Phối hợp',
  },
  {
    lang: 'en',
    contents: 'Contents',
    tasks: 'Tasks',
    notStated: 'Not stated in the text we hold',
    lead: 'Lead',
    partners: 'Partners',
  },
] as const;

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.use({ viewport: { width: 390, height: 844 } });

for (const c of CASES) {
  test(`a journalist reads a seven-task plan on a phone (${c.lang}): contents, task cards numbered as signed, facts once`, async ({
    page,
  }) => {
    await page.goto(fixtureUrl(`/${c.lang}${PLAN}`));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The contents list leads to the tasks.
    const contents = page.getByRole('navigation', { name: c.contents });
    await contents.getByRole('link', { name: c.tasks, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#plan-tasks$`));
    await expect(page.locator('#plan-tasks')).toBeInViewport();
    for (const link of await contents.getByRole('link').all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    }

    // Each task is a card as wide as the screen, with the number the signed plan gives it.
    const table = page.locator('table.portal-tasks');
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(7);
    expect(await rows.locator('.portal-tasks__number').allTextContents()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6.1',
      '6.2',
    ]);
    const card = page.locator('#task-6');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The lead and partner units are on the card, under their labels, not in a column off-screen.
    const lead = card.locator(`td[data-label="${c.lead}"]`);
    const leadBox = (await lead.boundingBox())!;
    expect(leadBox.x + leadBox.width).toBeLessThanOrEqual(390);
    expect(await lead.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${c.lead}"`);
    await expect(card.locator(`td[data-label="${c.partners}"] li`)).toHaveCount(2);
    const tableHeight = (await table.boundingBox())!.height;
    test.info().annotations.push({
      type: 'task table height at 390 px',
      description: `${c.lang}: ${Math.round(tableHeight)} px`,
    });

    // The facts panel says once what the text does not show.
    const body = await page.locator('main').innerText();
    expect(body.split(c.notStated).length - 1).toBeLessThanOrEqual(1);
    const facts = page.getByRole('region', { name: c.lang === 'vi' ? 'Thông tin văn bản' : 'Document facts' });
    const dt = (await facts.locator('dt').first().boundingBox())!;
    const dd = (await facts.locator('dd').first().boundingBox())!;
    expect(dd.y).toBeGreaterThanOrEqual(dt.y + dt.height - 1); // label above value

    if (SHOTS) await page.screenshot({ path: `${SHOTS}/plan-390-${c.lang}.png`, fullPage: true });
  });
}

test('a unit page counts the tasks and duties it lists (vi and en)', async ({ page }) => {
  for (const [lang, pattern] of [
    ['vi', /Chủ trì (\d+) nhiệm vụ, phối hợp (\d+) nhiệm vụ và (\d+) trách nhiệm được giao trong (\d+) kế hoạch/],
    ['en', /Leads (\d+) tasks?, supports (\d+) tasks? and (\d+) dut(?:y|ies) in (\d+) plans?/],
  ] as const) {
    for (const unit of ['so-van-hoa', 'so-ngoai-vu']) {
      await page.goto(fixtureUrl(`/${lang}/units/${unit}/`));
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const account = page.locator('section[aria-labelledby="unit-account"]');
      const summary = await account.locator('.portal-unit-account__summary').innerText();
      const [, leads, supports, duties, plans] = summary.match(pattern)!.map(Number);
      const leadItems = await account.locator('ul[data-list="leads"] > li').count();
      const supportItems = await account.locator('ul[data-list="supports"] > li').count();
      const dutyItems = await account.locator('li[data-duty]').count();
      expect([leads, supports, duties, plans]).toEqual([
        leadItems,
        supportItems,
        dutyItems,
        await account.locator('section').count(),
      ]);
      expect(Number(leads) + Number(supports) + Number(duties)).toBeGreaterThan(0);
      await expect(account).not.toContainText(lang === 'vi' ? 'Chưa có kế hoạch nào' : 'No plan gives');
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/unit-390-${lang}-${unit}.png`, fullPage: true });
    }
  }
  // A task links to its card on the plan page, numbered as the plan numbers it.
  await page.goto(fixtureUrl('/en/units/so-van-hoa/'));
  await page.getByRole('link', { name: 'Task 6.1' }).first().click();
  await expect(page).toHaveURL(/\/en\/plans\/ke-hoach-trien-khai-mau\/#task-6$/);
  await expect(page.locator('#task-6 .portal-tasks__number')).toHaveText('6.1');
});
