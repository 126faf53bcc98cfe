/**
 * Two ways a journalist starts on a phone: the calendar's landing page lists the coming
 * anniversaries (from the build date, linked to their year), and the plans page's number finder
 * finds a document number the site search finds in a plan's text, however it is typed. What is
 * expected is computed from the fixture province's content.
 */
import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';
import { fixtureEvents, fixtureLocales, fixturePlans } from './support/fixture-content.ts';
import { nextAnniversaries } from '../../src/lib/calendar-feed.ts';
import { countLabel } from '../../src/lib/anniversaries.ts';
import { mentionedDocuments } from '../../src/lib/plan-pages/mentions.ts';

test.use({ viewport: { width: 390, height: 844 } });

/** A number a plan's text names that is not among the plans' own numbers or their basis (only the text has it). */
function numberOnlyInText(): string {
  const plans = fixturePlans();
  const structured = JSON.stringify(plans.map((p) => p.data));
  const found = plans.flatMap((p) => mentionedDocuments(p.body)).find((d) => !structured.includes(d.number!));
  if (!found)
    throw new Error(
      'the fixture plans name no document number in their text only: add one to tests/fixtures/content/fixture/plans/vi/',
    );
  return found.number!;
}

for (const lang of fixtureLocales()) {
  test(`the calendar in ${lang} lists the coming anniversaries, each leading to its year`, async ({ page }) => {
    await page.goto(fixtureUrl(`/${lang}/calendar/`));
    const from = await page.locator('[data-from]').getAttribute('data-from');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const expected = nextAnniversaries(fixtureEvents(), from!, 6);
    expect(expected.length).toBeGreaterThan(0);
    const items = page.locator('[data-coming-anniversaries] li');
    await expect(items).toHaveCount(expected.length);
    for (const [i, a] of expected.entries()) {
      const item = items.nth(i);
      await expect(item.locator('time')).toHaveAttribute('datetime', a.date);
      const count = countLabel(a, lang);
      if (count !== undefined) await expect(item).toContainText(count);
      await expect(item.locator('a')).toHaveAttribute('href', `/${lang}/calendar/${a.date.slice(0, 4)}/#a-${a.slug}`);
    }
    await items.first().locator('a').click();
    await expect(page.locator(`#a-${expected[0]!.slug}`)).toBeVisible();
    await expect(page.locator(`#a-${expected[0]!.slug} time`)).toHaveAttribute('datetime', expected[0]!.date);
  });

  test(`the number finder in ${lang} finds a number named only in a plan's text, typed as a reader types it`, async ({
    page,
  }) => {
    const number = numberOnlyInText();
    await page.goto(fixtureUrl(`/${lang}/plans/`));
    const box = page.locator('[data-number-input]');
    for (const typed of [number, number.toLowerCase().replace(/[/-]/g, ' '), ` ${number.replace(/\//g, ' / ')} `]) {
      await box.fill(typed);
      const row = page.locator('tr[data-number]:visible');
      await expect(row, `typed "${typed}"`).toHaveCount(1);
      await expect(row).toHaveAttribute('data-number', number);
      await expect(page.locator('[data-number-status]')).not.toHaveText(/^$/);
    }
    // And the plan that names it is the one the row links to.
    const citing = fixturePlans().find((p) => p.body.includes(number))!;
    await expect(page.locator('tr[data-number]:visible a').last()).toHaveAttribute(
      'href',
      `/${lang}/plans/${citing.slug}/`,
    );
  });
}
