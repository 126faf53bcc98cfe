import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fixtureUrl } from './support/sites.ts';

// The fixture province's sample spokespeople (tests/fixtures/content/fixture/people/): one
// current, one former. An editor replacing a live spokesperson changes nothing read here.

/** A minimal vCard reader: unfolds lines, returns each card as property name → unescaped value. */
function parseVcards(text: string): Record<string, string>[] {
  const cards: Record<string, string>[] = [];
  let card: Record<string, string> | undefined;
  for (const line of text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)) {
    if (line === 'BEGIN:VCARD') card = {};
    else if (line === 'END:VCARD') {
      cards.push(card!);
      card = undefined;
    } else if (card) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      card[name] = line
        .slice(colon + 1)
        .replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    }
  }
  return cards;
}

test('a journalist finds the current spokesperson from the home page in two clicks and saves the vCard', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/en/'));
  // Click 1: the main navigation.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Spokespeople' }).click();
  await expect(page).toHaveURL(fixtureUrl('/en/spokespeople/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spokespeople');
  // Invented people are marked as such.
  await expect(page.locator('[data-notice="sample"]')).toContainText('Sample data');

  const current = page.locator('section[aria-labelledby="portal-current"]');
  const person = current.locator('[data-person="nguoi-phat-ngon"]');
  await expect(person.getByRole('heading', { level: 3 })).toHaveText('Nguyễn Văn Mẫu');
  await expect(person).toContainText('Chief of Office');
  await expect(person.getByRole('link', { name: '0200 000 002' })).toHaveAttribute('href', 'tel:+84200000002');
  await expect(person.getByRole('link', { name: 'phatngon@fixture.ttdn.example' })).toHaveAttribute(
    'href',
    'mailto:phatngon@fixture.ttdn.example',
  );

  // A former spokesperson is listed apart, never as current.
  await expect(current.locator('[data-person="nguoi-phat-ngon-cu"]')).toHaveCount(0);
  await expect(
    page.locator('section[aria-labelledby="portal-former"] [data-person="nguoi-phat-ngon-cu"]'),
  ).toContainText('31 December 2023');

  // Click 2: the vCard.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    person.getByRole('link', { name: /contact card \(vCard\)/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
  const [card] = parseVcards(text);
  expect(card).toMatchObject({
    FN: 'Nguyễn Văn Mẫu',
    N: 'Nguyễn;Văn Mẫu;;;',
    TEL: '+84 200 000 002',
    EMAIL: 'phatngon@fixture.ttdn.example',
  });
  expect(card!.NOTE).toContain('Sample data');
});

test('the whole directory downloads as one vCard file of the current spokespeople', async ({ request }) => {
  const response = await request.get(fixtureUrl('/en/spokespeople.vcf'));
  expect(response.headers()['content-type']).toContain('text/vcard');
  const cards = parseVcards(await response.text());
  // The former spokesperson is not in it; titles in the page's language, names with their diacritics.
  expect(cards.map((c) => c.FN)).toEqual(['Nguyễn Văn Mẫu']);
  expect(cards[0]!.TITLE).toContain('Chief of Office');
});

test('the about page shows its table in English, with the sample notice', async ({ page }) => {
  await page.goto(fixtureUrl('/en/about/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About our foreign information work');
  await expect(page.locator('main')).toContainText('Functions and duties.');
  await expect(page.locator('[data-notice="sample"]')).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('columnheader')).toHaveText([
    'Unit',
    'Role in foreign information',
  ]);
});
