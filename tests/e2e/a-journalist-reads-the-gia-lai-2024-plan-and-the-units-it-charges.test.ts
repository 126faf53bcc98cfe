import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

const SHOTS = process.env.E2E_SHOTS; // e.g. /tmp/shots: screenshots for a person to look at

test('a journalist opens the Gia Lai 2024 plan from the plans index, finds the bulletin duty of Sở Ngoại vụ and the plan on its unit page', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/vi/plans/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch thông tin đối ngoại');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-index-vi.png`, fullPage: true });
  await page.getByRole('region', { name: 'Năm 2024' }).getByRole('link', { name: 'Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai' }).click();
  await expect(page).toHaveURL(/\/vi\/plans\/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn\/$/);

  // The facts panel: what the text we hold shows, and says so where it does not.
  const facts = page.getByRole('region', { name: 'Thông tin văn bản' });
  await expect(facts).toContainText('Nguyễn Thị Thanh Lịch');
  await expect(facts).toContainText('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH');
  await expect(facts).toContainText('Không thể hiện trong bản văn chúng tôi có');
  await expect(facts.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Gia Lai' })).toBeVisible();

  // Legal bases link to their pages; the tasks table has seven rows with linked units.
  await expect(page.getByRole('link', { name: 'Nghị định 72/2015/NĐ-CP' })).toHaveAttribute('href', '/vi/legal/nghi-dinh-72-2015-nd-cp/');
  const tasks = page.getByRole('table', { name: /Nhiệm vụ của kế hoạch/ });
  await expect(tasks.locator('tbody tr')).toHaveCount(7);
  await expect(tasks.locator('#task-7')).toContainText('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai');

  // Sở Ngoại vụ is charged with the province's foreign information bulletin.
  const duty = page.locator('#duty-so-ngoai-vu');
  await expect(duty).toContainText('xuất bản Tập san Thông tin đối ngoại tỉnh Gia Lai');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-plan-vi.png`, fullPage: true });
  await duty.getByRole('link', { name: 'Sở Ngoại vụ tỉnh Gia Lai' }).click();

  await expect(page).toHaveURL(/\/vi\/units\/so-ngoai-vu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sở Ngoại vụ tỉnh Gia Lai');
  const plan = page.getByRole('region', { name: 'Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai' });
  await expect(plan).toContainText('Tập san Thông tin đối ngoại tỉnh Gia Lai');
  await expect(plan.getByRole('link', { name: 'Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai' })).toHaveAttribute('href', '/vi/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/');
  await expect(plan.getByRole('link', { name: 'Trách nhiệm được giao' })).toHaveAttribute('href', '/vi/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/#duty-so-ngoai-vu');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/plans-unit-vi.png`, fullPage: true });
});

test('a journalist prints the Gia Lai 2024 plan on A4 without the navigation chrome', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/'));
  await expect(page.locator('.portal-header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.portal-header', '.portal-nav', '.portal-footer', '.portal-skip']) await expect(page.locator(chrome).first()).toBeHidden();
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
  await page.goto(siteUrl('gia-lai', '/en/plans/'));
  const row = page.locator('#so-66-kh-ubnd');
  await expect(row).toContainText('66/KH-UBND');
  await expect(row.getByRole('link', { name: 'Foreign information activities in the commune in 2022' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Document number' }).fill('66/kh');
  await expect(page.locator('tr[data-number]:visible')).toHaveCount(1);
  await expect(page.getByText('1 document matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Document number' }).fill('72/2015/ND-CP');
  await expect(page.locator('tr[data-number]:visible')).toHaveCount(1);
  await row.page().locator('tr[data-number="72/2015/NĐ-CP"]').getByRole('link', { name: '72/2015/NĐ-CP' }).click();
  await expect(page).toHaveURL(/\/en\/legal\/nghi-dinh-72-2015-nd-cp\/$/);
  await expect(page.getByRole('region', { name: 'Plans that cite this document' })).toContainText('Foreign information activities in Gia Lai Province in 2024');
});

test('the plan data downloads as JSON with units named', async ({ request }) => {
  const res = await request.get(siteUrl('phu-tho', '/en/plans/2023-ubnd-xa-cao-xa-ke-hoach-ttdn.json'));
  expect(res.ok()).toBe(true);
  const plan = await res.json();
  expect(plan).toMatchObject({ lang: 'en', title: 'Foreign information activities of Cao Xá Commune in 2023', issuer: { slug: 'ubnd-xa-cao-xa' }, signer: { name: 'Quách Văn Chí' } });
  expect(plan.tasks).toHaveLength(8);
  expect(plan.duties.map((d: { unit: { slug: string } }) => d.unit.slug)).toContain('cong-an-xa-cao-xa');
  expect(plan.text).toContain('Trên đây là Kế hoạch hoạt động thông tin đối ngoại xã Cao Xá năm 2023');
});
