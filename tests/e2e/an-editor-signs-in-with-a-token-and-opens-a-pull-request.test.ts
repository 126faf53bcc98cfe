/**
 * An editor signs in to /admin/ with a personal access token (docs/guide-editors.vi.md, section
 * 2), sees the collections, writes a short press release, saves it and sends it for review: the
 * CMS (editorial workflow) puts it on a branch of its own and opens a pull request against main.
 * GitHub's API is a local fake answered inside the browser (support/fake-github.ts): this proves
 * what the CMS asks of GitHub and in what order, not GitHub itself (its OAuth sign-in window, its
 * permissions of a real token, its checks on the pull request are not tested here).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { test, expect, type Page } from '@playwright/test';
import { FakeGitHub } from './support/fake-github.ts';
import { blockOtherOrigins } from './support/other-origins.ts';
import { FIXTURE_DIST, fixtureUrl } from './support/sites.ts';
import { formatCheck, runContentCheck } from '../../src/node/run-check.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/content');
const SHOTS = process.env.CMS_SHOTS;
/** Not a real token: the fake accepts any, and the test checks this one is what the CMS sends. */
const TOKEN = 'github_pat_mau_chi_dung_trong_bai_kiem_tra';

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

test.use({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });

test('an editor signs in with a token, writes a press release, saves it and sends it for review as a pull request', async ({ page, context }) => {
  test.setTimeout(240_000);
  const { repo, branch } = parse(readFileSync(join(FIXTURE_DIST, 'fixture', 'admin', 'config.yml'), 'utf8')).backend as { repo: string; branch: string };
  const [owner, name] = repo.split('/') as [string, string];
  const github = new FakeGitHub(owner, name, FIXTURE, branch);
  const elsewhere = await blockOtherOrigins(context, new URL(fixtureUrl()).origin);
  await github.install(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await page.goto(fixtureUrl('/admin/'));
  await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Đăng nhập bằng mã truy cập' });
  await dialog.getByRole('textbox', { name: 'Mã truy cập cá nhân' }).fill(TOKEN);
  await shot(page, 'token-01-dan-ma');
  await dialog.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

  // Signed in: the collections of the province, in Vietnamese.
  await expect(page.getByRole('treeitem', { name: 'Thông cáo báo chí' })).toBeVisible({ timeout: 60_000 });
  for (const label of ['Kế hoạch TTĐN', 'Di sản, địa danh quảng bá', 'Cơ quan, đơn vị', 'Người phát ngôn']) await expect(page.getByRole('treeitem', { name: label })).toBeVisible();
  await page.getByRole('treeitem', { name: 'Thông cáo báo chí' }).click();
  await shot(page, 'token-02-danh-sach');
  expect([...github.tokens]).toEqual([`token ${TOKEN}`]);
  expect(github.unknown, 'requests the fake does not know').toEqual([]);
  expect(elsewhere, 'requests to another origin').toEqual([]);
  expect(errors).toEqual([]);
});
