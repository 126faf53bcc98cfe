import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

/** A minimal iCalendar reader: unfolded VEVENTs as property name → value. */
function parseIcs(text: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  for (const line of text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') events.push(current!), (current = undefined);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1).replace(/\\([\\,;nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
    }
  }
  return events;
}
const isoOf = (ical: string) => `${ical.slice(0, 4)}-${ical.slice(4, 6)}-${ical.slice(6, 8)}`;

test('the 2024 calendar page in English lists the 70th anniversary of Điện Biên Phủ on 7 May, and its .ics holds the same events', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/en/calendar/'));
  await page.getByRole('link', { name: '2024' }).first().click();
  await expect(page).toHaveURL(siteUrl('gia-lai', '/en/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="chien-thang-dien-bien-phu"]');
  await expect(row.locator('td').first()).toHaveText('7 May');
  await expect(row).toContainText('70th anniversary');
  await expect(row).toContainText('1954');
  // The issue's oracle for 2024 (Gia Lai plan).
  for (const [slug, text] of [['ngay-bien-phong-toan-dan', '35th'], ['truyen-thong-bo-doi-bien-phong', '65th'], ['thanh-lap-quan-doi-nhan-dan', '80th'], ['ngay-hoi-quoc-phong-toan-dan', '35th']])
    await expect(page.locator(`tr[data-anniversary="${slug}"]`)).toContainText(`${text} anniversary`);

  // An event without a count (Giỗ Tổ Hùng Vương: "every year", no digits) is titled without one in the feed too.
  const rows = await page.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const count = tr.children[1]!.textContent!.replace(/\s*\(.*\)$/, '');
      return `${tr.getAttribute('data-date')} ${/\d/.test(count) ? `${count} · ` : ''}${tr.children[2]!.textContent}`;
    }),
  );
  const ics = await page.request.get(siteUrl('gia-lai', '/en/calendar/2024.ics'));
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const events = parseIcs(await ics.text()).filter((e) => !e.UID!.startsWith('press-'));
  expect(events.map((e) => `${isoOf(e.DTSTART!)} ${e.SUMMARY}`).sort()).toEqual([...rows].sort());
  expect(events.find((e) => e.DTSTART === '20240507')!.SUMMARY).toBe('70th anniversary · Dien Bien Phu Victory');
});

test('the coming-year .ics parses and holds the anniversaries the year pages list, and the coming press conferences', async ({ page }) => {
  const events = parseIcs(await (await page.request.get(siteUrl('gia-lai', '/en/calendar.ics'))).text());
  expect(events.length).toBeGreaterThan(0);
  const stamp = isoOf(events[0]!.DTSTAMP!);
  const yearLater = `${Number(stamp.slice(0, 4)) + 1}${stamp.slice(4)}`;
  const pages = new Map<string, string[]>();
  for (const e of events) {
    const date = isoOf(e.DTSTART!);
    expect(date >= stamp && date < yearLater, `${e.SUMMARY} on ${date}`).toBe(true);
    if (e.UID!.startsWith('press-')) {
      const notice = await page.request.get(siteUrl('gia-lai', new URL(e.URL!).pathname));
      expect(notice.status()).toBe(200);
      continue;
    }
    const path = new URL(e.URL!).pathname;
    if (!pages.has(path)) {
      await page.goto(siteUrl('gia-lai', path));
      pages.set(path, await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-date')} ${tr.children[2]!.textContent}`)));
    }
    const title = e.SUMMARY!.includes(' · ') ? e.SUMMARY!.split(' · ').slice(1).join(' · ') : e.SUMMARY!;
    expect(pages.get(path)).toContain(`${date} ${title}`);
  }
});

test('a lunar-calendar event is converted to its solar date: the Hùng Kings’ Commemoration of 2024 falls on 18 April', async ({ page }) => {
  await page.goto(siteUrl('phu-tho', '/vi/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="gio-to-hung-vuong"]');
  await expect(row).toHaveAttribute('data-date', '2024-04-18');
});

test('Giỗ Tổ Hùng Vương, whose date was fixed in 1917, is shown without a count on the page and in the feed', async ({ page }) => {
  await page.goto(siteUrl('gia-lai', '/vi/calendar/2024/'));
  const row = page.locator('tr[data-anniversary="gio-to-hung-vuong"]');
  await expect(row.locator('td').nth(1)).toHaveText('hằng năm');
  await expect(row.locator('td').nth(2)).toHaveText('');
  await expect(page.locator('tr[data-anniversary="chien-thang-dien-bien-phu"] td').nth(1)).toHaveText('70 năm');
  const ics = parseIcs(await (await page.request.get(siteUrl('gia-lai', '/vi/calendar/2024.ics'))).text());
  expect(ics.find((e) => e.DTSTART === '20240418')?.SUMMARY).toBe('Giỗ Tổ Hùng Vương');
});
