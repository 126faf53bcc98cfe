import { test, expect } from '@playwright/test';
import { searchAt } from './support/search.ts';
import { fixtureUrl } from './support/sites.ts';

test('a reader narrows search results to one content type', async ({ page }) => {
  // "mẫu" is in every entry of the fixture province: press, plans, units, profiles, pages.
  const all = await searchAt(page, fixtureUrl(), 'vi', 'mẫu');
  const types = [...new Set(all.map((r) => r.type))];
  expect(types.length).toBeGreaterThan(1);
  // Results come ten at a time: compare the totals the status line reads out.
  const status = page.locator('[data-search-status]');
  const total = async () => Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
  const before = await total();
  const typeFilter = page.getByRole('group', { name: 'Loại nội dung' });
  await typeFilter.getByRole('checkbox', { name: new RegExp(`^\\s*${types[0]} \\(`) }).check();
  await expect(status).not.toHaveText(new RegExp(`^${before} `));
  // Not the "searching…" line in between: wait for the new count.
  await expect(status).toHaveText(/^\d+ /);
  const after = await total();
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const shown = await page.locator('.portal-result__type').allTextContents();
  expect(new Set(shown)).toEqual(new Set([types[0]]));
});
