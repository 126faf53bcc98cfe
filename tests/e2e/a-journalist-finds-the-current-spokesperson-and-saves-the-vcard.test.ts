import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteUrl } from './support/sites.ts';

/** A minimal vCard reader: unfolds lines, returns each card as property name → unescaped value. */
function parseVcards(text: string): Record<string, string>[] {
  const cards: Record<string, string>[] = [];
  let card: Record<string, string> | undefined;
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)) {
    if (line === 'BEGIN:VCARD') card = {};
    else if (line === 'END:VCARD') cards.push(card!), (card = undefined);
    else if (card) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      card[name] = line.slice(colon + 1).replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    }
  }
  return cards;
}

test('a journalist finds the current Gia Lai spokesperson from the home page in two clicks and saves the vCard', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/'));
  // Click 1: the main navigation.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Spokespeople' }).click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/spokespeople/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spokespeople');
  // Invented people are marked as such.
  await expect(page.locator('[data-notice="sample"]')).toContainText('Sample data');

  const current = page.locator('section[aria-labelledby="portal-current"]');
  const person = current.locator('[data-person="tran-minh-khoa"]');
  await expect(person.getByRole('heading', { level: 3 })).toHaveText('Trần Minh Khoa');
  await expect(person).toContainText('Spokesperson of the Provincial People\'s Committee');
  await expect(person.getByRole('link', { name: '0256 0000 101' })).toHaveAttribute('href', 'tel:+842560000101');
  await expect(person.getByRole('link', { name: 'phatngon@gia-lai.ttdn.example' })).toHaveAttribute('href', 'mailto:phatngon@gia-lai.ttdn.example');

  // A former spokesperson is listed apart, never as current.
  await expect(current.locator('[data-person="pham-van-duc"]')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="portal-former"] [data-person="pham-van-duc"]')).toContainText('30 June 2025');

  // Click 2: the vCard.
  const [download] = await Promise.all([page.waitForEvent('download'), person.getByRole('link', { name: /contact card \(vCard\)/ }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
  const [card] = parseVcards(text);
  expect(card).toMatchObject({ FN: 'Trần Minh Khoa', N: 'Trần;Minh Khoa;;;', TEL: '+84 256 0000 101', EMAIL: 'phatngon@gia-lai.ttdn.example' });
  expect(card!.NOTE).toContain('Sample data');
});

test('the whole directory downloads as one vCard file of the current spokespeople', async ({ request }) => {
  const response = await request.get(siteUrl('phu-tho', '/ko/spokespeople.vcf'));
  expect(response.headers()['content-type']).toContain('text/vcard');
  const cards = parseVcards(await response.text());
  expect(cards.map((c) => c.FN).sort()).toEqual(['Hoàng Thu Trang', 'Đỗ Mạnh Hùng'].sort());
  // Korean titles, Vietnamese names with their diacritics.
  expect(cards.find((c) => c.FN === 'Hoàng Thu Trang')!.TITLE).toContain('대변인');
});

test('the about page names the agency in charge, in English, with the sample notice', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/about/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("About the province's foreign-information work");
  await expect(page.locator('main')).toContainText('Decree 42/2022/NĐ-CP');
  await expect(page.locator('[data-notice="sample"]')).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('columnheader')).toHaveText(['Unit', 'Role in foreign information']);
});
