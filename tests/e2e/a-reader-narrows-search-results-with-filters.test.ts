import { test, expect } from '@playwright/test';
import { searchFor } from './support/search.ts';

test('a reader narrows search results to one content type', async ({ page }) => {
  const all = await searchFor(page, 'gia-lai', 'vi', 'gia lai');
  const types = [...new Set(all.map((r) => r.type))];
  expect(types.length).toBeGreaterThan(1);
  const typeFilter = page.getByRole('group', { name: 'Loại nội dung' });
  await typeFilter.getByRole('checkbox', { name: new RegExp(`^\\s*${types[0]} \\(`) }).check();
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText(new RegExp(`^${all.length} `));
  const shown = await page.locator('.portal-result__type').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(all.length);
  expect(new Set(shown)).toEqual(new Set([types[0]]));
});
