import { test, expect } from '@playwright/test';
import { fixtureUrl } from './support/sites.ts';

/*
 * The fixture province's sample anniversaries (tests/fixtures/content/fixture/anniversaries/): founded
 * 1954-06-15 (70 years in 2024), a border post's day 1959-03-03 (65), a border gate opened 1989-08-20
 * (35), a conference of 1952-09-09 (72: not round, not yearly, so not listed in 2024), and a temple
 * festival on the 15th of the first lunar month, yearly and without a count.
 */

/** A minimal iCalendar reader: unfolded VEVENTs as property name → value. */
function parseIcs(text: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  for (const line of text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line
        .slice(colon + 1)
        .replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    }
  }
  return events;
}
const isoOf = (ical: string) => `${ical.slice(0, 4)}-${ical.slice(4, 6)}-${ical.slice(6, 8)}`;

test('the 2024 calendar page in English lists the 70th anniversary of the province on 15 June, and its .ics holds the same events', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/en/calendar/'));
  await page.getByRole('link', { name: '2024' }).first().click();
  await expect(page).toHaveURL(fixtureUrl('/en/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="thanh-lap-tinh-mau"]');
  await expect(row.locator('td').first()).toHaveText('15 June');
  await expect(row).toContainText('70th anniversary');
  await expect(row).toContainText('1954');
  for (const [slug, text] of [
    ['truyen-thong-don-bien-phong-mau', '65th'],
    ['mo-cua-khau-mau', '35th'],
  ])
    await expect(page.locator(`tr[data-anniversary="${slug}"]`)).toContainText(`${text} anniversary`);
  // 72 years is not a round number, and the conference is not marked yearly.
  await expect(page.locator('tr[data-anniversary="hoi-nghi-mau"]')).toHaveCount(0);

  // An event without a count (the temple festival: "every year", no digits) is titled without one in the feed too.
  const rows = await page.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const count = tr.children[1]!.textContent.replace(/\s*\(.*\)$/, '');
      return `${tr.getAttribute('data-date')} ${/\d/.test(count) ? `${count} · ` : ''}${tr.children[2]!.textContent}`;
    }),
  );
  const ics = await page.request.get(fixtureUrl('/en/calendar/2024.ics'));
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const events = parseIcs(await ics.text()).filter((e) => !e.UID!.startsWith('press-'));
  expect(events.map((e) => `${isoOf(e.DTSTART!)} ${e.SUMMARY}`).sort()).toEqual([...rows].sort());
  expect(events.find((e) => e.DTSTART === '20240615')!.SUMMARY).toBe('70th anniversary · Founding of Sample Province');
});

test('the coming-year .ics parses and holds the anniversaries the year pages list, and the coming press conferences', async ({
  page,
}) => {
  const events = parseIcs(await (await page.request.get(fixtureUrl('/en/calendar.ics'))).text());
  expect(events.length).toBeGreaterThan(0);
  const stamp = isoOf(events[0]!.DTSTAMP!);
  const yearLater = `${Number(stamp.slice(0, 4)) + 1}${stamp.slice(4)}`;
  const pages = new Map<string, string[]>();
  for (const e of events) {
    const date = isoOf(e.DTSTART!);
    expect(date >= stamp && date < yearLater, `${e.SUMMARY} on ${date}`).toBe(true);
    if (e.UID!.startsWith('press-')) {
      const notice = await page.request.get(fixtureUrl(new URL(e.URL!).pathname));
      expect(notice.status()).toBe(200);
      continue;
    }
    const path = new URL(e.URL!).pathname;
    if (!pages.has(path)) {
      await page.goto(fixtureUrl(path));
      pages.set(
        path,
        await page
          .locator('tbody tr')
          .evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-date')} ${tr.children[2]!.textContent}`)),
      );
    }
    const title = e.SUMMARY!.includes(' · ') ? e.SUMMARY!.split(' · ').slice(1).join(' · ') : e.SUMMARY!;
    expect(pages.get(path)).toContain(`${date} ${title}`);
  }
});

test('a lunar-calendar event is converted to its solar date: the 15th of the first lunar month of 2024 falls on 24 February', async ({
  page,
}) => {
  // Tết Giáp Thìn (1st of the first lunar month) was 10 February 2024.
  await page.goto(fixtureUrl('/vi/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="le-hoi-den-mau"]');
  await expect(row).toHaveAttribute('data-date', '2024-02-24');
});

test('the temple festival, whose first year is not counted, is shown without a count on the page and in the feed', async ({
  page,
}) => {
  await page.goto(fixtureUrl('/vi/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="le-hoi-den-mau"]');
  await expect(row.locator('td').nth(1)).toHaveText('hằng năm');
  await expect(row.locator('td').nth(2)).toHaveText('');
  await expect(page.locator('tr[data-anniversary="thanh-lap-tinh-mau"] td').nth(1)).toHaveText('70 năm');
  const ics = parseIcs(await (await page.request.get(fixtureUrl('/vi/calendar/2024.ics'))).text());
  expect(ics.find((e) => e.DTSTART === '20240224')?.SUMMARY).toBe('Lễ hội đền Mẫu');
});
