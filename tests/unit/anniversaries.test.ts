import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anniversariesOf,
  anniversaryLabel,
  countLabel,
  lunarToSolar,
  type BaseEvent,
} from '../../src/lib/anniversaries.ts';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';

/** National days (public facts) and two invented provinces, each event chosen for one case (README.md there). */
const fixture = join(import.meta.dirname, '../fixtures/anniversaries');
const load = (folder: string) =>
  validateEntries(readYamlDir(join(fixture, folder, 'anniversaries')), anniversarySchema);
const eventsFor = (province: string): BaseEvent[] => [...load('national').items, ...load(province).items];
const yearsBySlug = (province: string, year: number) =>
  Object.fromEntries(anniversariesOf(eventsFor(province), year).map((a) => [a.slug, { years: a.years, date: a.date }]));

describe('anniversary data files', () => {
  it.each(['national', 'tinh-mau', 'tinh-ben'])(
    '%s: every file passes the schema and has vi and en titles',
    (folder) => {
      const { items, errors } = load(folder);
      expect(errors).toEqual([]);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item.title.en, item.slug).toBeTruthy();
    },
  );
});

describe('anniversariesOf', () => {
  it("2022: the round anniversaries of national and the province's own events", () => {
    expect(yearsBySlug('tinh-mau', 2022)).toEqual({
      'viet-nam-lao-quan-he-ngoai-giao': { years: 60, date: '2022-09-05' },
      'gio-to-hung-vuong': { years: 105, date: '2022-04-10' },
      'giai-phong-mien-nam': { years: 47, date: '2022-04-30' },
      'quoc-khanh': { years: 77, date: '2022-09-02' },
      'truyen-thong-luc-luong-mau': { years: 63, date: '2022-04-15' },
    });
  });

  it('2024: a round national victory and a round province founding, on their days', () => {
    expect(yearsBySlug('tinh-mau', 2024)).toMatchObject({
      'chien-thang-dien-bien-phu': { years: 70, date: '2024-05-07' },
      'thanh-lap-tinh-mau': { years: 90, date: '2024-05-24' },
      'truyen-thong-luc-luong-mau': { years: 65, date: '2024-04-15' },
    });
  });

  it('keeps a province’s own events out of another province’s list', () => {
    expect(yearsBySlug('tinh-ben', 2024)).not.toHaveProperty('thanh-lap-tinh-mau');
    expect(yearsBySlug('tinh-ben', 2022)).toHaveProperty('tai-lap-tinh-ben', { years: 25, date: '2022-01-01' });
    expect(yearsBySlug('tinh-mau', 2022)).not.toHaveProperty('tai-lap-tinh-ben');
  });

  it('lists only round anniversaries unless an event is yearly, sorted by date', () => {
    const list = anniversariesOf(eventsFor('tinh-mau'), 2023);
    expect(
      list
        .filter((a) => !a.round)
        .map((a) => a.slug)
        .sort(),
    ).toEqual(['giai-phong-mien-nam', 'gio-to-hung-vuong', 'quoc-khanh', 'truyen-thong-luc-luong-mau']);
    expect(list.map((a) => a.date)).toEqual(list.map((a) => a.date).sort());
  });

  it('skips years before an event and the year of the event itself', () => {
    const event: BaseEvent = { slug: 'x', title: { vi: 'X' }, kind: 'province', date: '2020-03-01', yearly: true };
    expect(anniversariesOf([event], 2019)).toEqual([]);
    expect(anniversariesOf([event], 2020)).toEqual([]);
    expect(anniversariesOf([event], 2025)).toEqual([
      { date: '2025-03-01', years: 5, title: { vi: 'X' }, slug: 'x', kind: 'province', round: true, counted: true },
    ]);
  });

  it('lists an uncounted event every year it is yearly, never as a round one', () => {
    const event: BaseEvent = {
      slug: 'x',
      title: { vi: 'X' },
      kind: 'national-day',
      lunar: { month: 3, day: 10 },
      since: 1917,
      yearly: true,
      counted: false,
    };
    expect(anniversariesOf([event], 2017)).toMatchObject([{ years: 100, round: false, counted: false }]);
  });

  it('gives Giỗ Tổ Hùng Vương no count (its date was fixed in 1917, not its beginning)', () => {
    const gioTo = anniversariesOf(eventsFor('tinh-ben'), 2025).find((a) => a.slug === 'gio-to-hung-vuong');
    expect(gioTo).toMatchObject({ counted: false, round: false });
    expect(countLabel(gioTo!, 'vi')).toBeUndefined();
    expect(
      countLabel(
        anniversariesOf(eventsFor('tinh-ben'), 2025).find((a) => a.slug === 'quoc-khanh')!,
        'vi',
      ),
    ).toBe('80 năm');
  });

  it('marks a 29 February event on 28 February in common years', () => {
    const event: BaseEvent = { slug: 'x', title: { vi: 'X' }, kind: 'province', date: '2000-02-29' };
    expect(anniversariesOf([event], 2025)[0]?.date).toBe('2025-02-28');
    expect(anniversariesOf([event], 2020)[0]?.date).toBe('2020-02-29');
  });
});

describe('lunar dates', () => {
  it('Giỗ Tổ Hùng Vương (10/3 lunar) falls on 2024-04-18 and 2025-04-07', () => {
    expect(yearsBySlug('tinh-ben', 2024)['gio-to-hung-vuong']?.date).toBe('2024-04-18');
    expect(yearsBySlug('tinh-mau', 2025)['gio-to-hung-vuong']?.date).toBe('2025-04-07');
  });

  it('converts known festival dates', () => {
    expect(lunarToSolar({ month: 1, day: 1 }, 2024)).toBe('2024-02-10'); // Tết Giáp Thìn
    expect(lunarToSolar({ month: 8, day: 15 }, 2023)).toBe('2023-09-29'); // Trung thu
  });

  it('uses the leap month when asked and falls back to the regular month in years without one', () => {
    // 2023 has a leap 2nd month (22/3–19/4/2023); 2024 has none.
    expect(lunarToSolar({ month: 2, day: 15, leap: true }, 2023)).toBe('2023-04-05');
    expect(lunarToSolar({ month: 2, day: 15 }, 2023)).toBe('2023-03-06');
    expect(lunarToSolar({ month: 2, day: 15, leap: true }, 2024)).toBe(lunarToSolar({ month: 2, day: 15 }, 2024));
  });

  it('moves a 30th to the 29th in a 29-day month', () => {
    // The 3rd lunar month of 2024 has 29 days (9/4–7/5/2024).
    expect(lunarToSolar({ month: 3, day: 30 }, 2024)).toBe(lunarToSolar({ month: 3, day: 29 }, 2024));
  });

  it('finds a 12th-month day in January of the next solar year', () => {
    // 23 tháng Chạp Quý Mão = 2 February 2024.
    expect(lunarToSolar({ month: 12, day: 23 }, 2024)).toBe('2024-02-02');
  });
});

describe('anniversaryLabel', () => {
  it.each([
    [1, 'en', '1st anniversary'],
    [2, 'en', '2nd anniversary'],
    [3, 'en', '3rd anniversary'],
    [11, 'en', '11th anniversary'],
    [12, 'en', '12th anniversary'],
    [22, 'en', '22nd anniversary'],
    [60, 'en', '60th anniversary'],
    [101, 'en', '101st anniversary'],
    [60, 'vi', '60 năm'],
    [60, 'ko', '60주년'],
    [60, 'km', 'ខួបលើកទី៦០'],
    [55, 'fr', '55th anniversary'],
  ])('%i in %s → %s', (years, lang, label) => {
    expect(anniversaryLabel(years, lang)).toBe(label);
  });
});
