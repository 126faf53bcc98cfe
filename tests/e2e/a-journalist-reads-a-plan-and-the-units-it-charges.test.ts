import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

// The fixture province's sample plans (tests/fixtures/content/fixture/plans/): an editor's edit
// to a live plan changes none of the facts read here.
const SHOTS = process.env.E2E_SHOTS; // e.g. /tmp/shots: screenshots for a person to look at
const PLAN = '/vi/plans/ke-hoach-2025/';
const TITLE = 'Kế hoạch thông tin đối ngoại năm 2025 của tỉnh Mẫu';

test('a journalist opens a plan from the plans index, finds the bulletin duty of Sở Ngoại vụ and the plan on its unit page', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/vi/plans/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch thông tin đối ngoại');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-index-vi.png`, fullPage: true });
  await page.getByRole('region', { name: 'Năm 2025' }).getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(fixtureUrl(PLAN));

  // The facts panel: what the text we hold shows, and says so where it does not.
  const facts = page.getByRole('region', { name: 'Thông tin văn bản' });
  await expect(facts).toContainText('Lê Văn Mẫu');
  await expect(facts).toContainText('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH');
  await expect(facts).toContainText('Không thể hiện trong bản văn chúng tôi có');
  await expect(facts.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Mẫu' })).toBeVisible();

  // Legal bases link to their pages; the tasks table has a row per task with linked units.
  await expect(page.getByRole('link', { name: 'Nghị định 72/2015/NĐ-CP' })).toHaveAttribute(
    'href',
    '/vi/legal/nghi-dinh-72-2015-nd-cp/',
  );
  const tasks = page.getByRole('table', { name: /Nhiệm vụ của kế hoạch/ });
  await expect(tasks.locator('tbody tr')).toHaveCount(3);
  await expect(tasks.locator('#task-3')).toContainText('Sở Văn hóa tỉnh Mẫu');

  // Sở Ngoại vụ is charged with the province's bulletin.
  const duty = page.locator('#duty-so-ngoai-vu');
  await expect(duty).toContainText('xuất bản Tập san mẫu về thông tin đối ngoại');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-plan-vi.png`, fullPage: true });
  await duty.getByRole('link', { name: 'Sở Ngoại vụ tỉnh Mẫu' }).click();

  await expect(page).toHaveURL(/\/vi\/units\/so-ngoai-vu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sở Ngoại vụ tỉnh Mẫu');
  const plan = page.getByRole('region', { name: TITLE });
  await expect(plan).toContainText('Tập san mẫu về thông tin đối ngoại');
  await expect(plan.getByRole('link', { name: TITLE })).toHaveAttribute('href', PLAN);
  await expect(plan.getByRole('link', { name: 'Trách nhiệm được giao' })).toHaveAttribute(
    'href',
    `${PLAN}#duty-so-ngoai-vu`,
  );
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-unit-vi.png`, fullPage: true });
});

test('a journalist prints a plan on A4 without the navigation chrome', async ({ page }) => {
  await page.goto(fixtureUrl('/en/plans/ke-hoach-2025/'));
  await expect(page.locator('.portal-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.portal-header', '.portal-nav', '.portal-footer', '.portal-skip'])
    await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download the plan as data (JSON)' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Full text' })).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 is 595 × 842 points; the page box Chromium writes says which size the print CSS chose.
  // (US Letter, the default without it, would be 612 × 792.)
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-print-en.png`, fullPage: true });
});

test('a reader finds a plan by a number it cites, with and without the filter box', async ({ page }) => {
  await page.goto(fixtureUrl('/en/plans/'));
  const row = page.locator('#so-1-kh-ubnd');
  await expect(row).toContainText('1/KH-UBND');
  await expect(row.getByRole('link', { name: 'Sample Province foreign information plan for 2025' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Document number' }).fill('1/kh');
  await expect(page.locator('tr[data-number]:visible')).toHaveCount(1);
  await expect(page.getByText('1 document matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Document number' }).fill('72/2015/ND-CP');
  await expect(page.locator('tr[data-number]:visible')).toHaveCount(1);
  await row.page().locator('tr[data-number="72/2015/NĐ-CP"]').getByRole('link', { name: '72/2015/NĐ-CP' }).click();
  await expect(page).toHaveURL(/\/en\/legal\/nghi-dinh-72-2015-nd-cp\/$/);
  await expect(page.getByRole('region', { name: 'Plans that cite this document' })).toContainText(
    'Sample Province foreign information plan for 2025',
  );
});

test('the plan data downloads as JSON with units named', async ({ request }) => {
  const res = await request.get(fixtureUrl('/en/plans/ke-hoach-2025.json'));
  expect(res.ok()).toBe(true);
  const plan = await res.json();
  expect(plan).toMatchObject({
    lang: 'en',
    title: 'Sample Province foreign information plan for 2025',
    issuer: { slug: 'ubnd-tinh' },
    signer: { name: 'Lê Văn Mẫu' },
  });
  expect(plan.tasks).toHaveLength(3);
  expect(plan.duties.map((d: { unit: { slug: string } }) => d.unit.slug)).toContain('so-ngoai-vu');
  expect(plan.text).toContain('This is the Sample Province foreign information plan for 2025.');
});
