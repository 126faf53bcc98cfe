import { describe, expect, it } from 'vitest';
import {
  anniversaryEvents,
  anniversaryTitle,
  comingAnniversaries,
  conferenceEvents,
  yearAfter,
} from '../../src/lib/calendar-feed.ts';
import type { BaseEvent } from '../../src/lib/anniversaries.ts';

const events: BaseEvent[] = [
  {
    slug: 'dien-bien-phu',
    title: { vi: 'Chiến thắng Điện Biên Phủ', en: 'Victory of Điện Biên Phủ' },
    kind: 'military',
    date: '1954-05-07',
  },
  { slug: 'qdnd', title: { vi: 'Ngày thành lập Quân đội nhân dân Việt Nam' }, kind: 'military', date: '1944-12-22' },
  { slug: 'quoc-khanh', title: { vi: 'Quốc khánh' }, kind: 'national-day', date: '1945-09-02', yearly: true },
];

describe('yearAfter', () => {
  it('ends the day before the same date a year later, leap days included', () => {
    expect(yearAfter('2026-11-22')).toBe('2027-11-21');
    expect(yearAfter('2024-01-01')).toBe('2024-12-31');
    expect(yearAfter('2024-02-29')).toBe('2025-02-28');
  });
});

describe('comingAnniversaries', () => {
  it('takes the anniversaries of the twelve months from the build date, across the new year', () => {
    const list = comingAnniversaries(events, '2024-06-01');
    expect(list.map((a) => `${a.date} ${a.years} ${a.slug}`)).toEqual([
      '2024-09-02 79 quoc-khanh',
      '2024-12-22 80 qdnd',
    ]);
    // From 3 September the window runs to 2 September of the next year, that day included.
    expect(comingAnniversaries(events, '2024-09-03').map((a) => a.date)).toEqual(['2024-12-22', '2025-09-02']);
  });
  it('includes the build date itself', () => {
    expect(comingAnniversaries(events, '2024-05-07')[0]).toMatchObject({ date: '2024-05-07', years: 70 });
  });
});

describe('anniversaryEvents', () => {
  const list = comingAnniversaries(events, '2024-01-01');
  const ics = anniversaryEvents(list, 'en', 'https://gia-lai.ttdn.example', (y) => `/en/calendar/${y}/`);
  it('titles each event with the ordinal and the event, in the locale', () => {
    expect(ics[0]).toMatchObject({
      date: '2024-05-07',
      title: '70th anniversary · Victory of Điện Biên Phủ',
      url: 'https://gia-lai.ttdn.example/en/calendar/2024/',
    });
    expect(anniversaryTitle(list[0]!, 'vi')).toBe('70 năm · Chiến thắng Điện Biên Phủ');
  });
  it('titles an uncounted event without a count', () => {
    const gioTo: BaseEvent = {
      slug: 'gio-to',
      title: { vi: 'Giỗ Tổ Hùng Vương', en: 'Hung Kings Commemoration Day' },
      kind: 'national-day',
      lunar: { month: 3, day: 10 },
      since: 1917,
      yearly: true,
      counted: false,
    };
    const [event] = anniversaryEvents(
      comingAnniversaries([gioTo], '2025-01-01'),
      'en',
      'https://gia-lai.ttdn.example',
      (y) => `/en/calendar/${y}/`,
    );
    expect(event).toMatchObject({ date: '2025-04-07', title: 'Hung Kings Commemoration Day' });
  });
  it('gives every event a unique, stable uid', () => {
    expect(new Set(ics.map((e) => e.uid)).size).toBe(ics.length);
    expect(ics[0]!.uid).toBe('2024-05-07-dien-bien-phu-en@gia-lai.ttdn.example');
  });
});

describe('conferenceEvents', () => {
  it('makes a timed event with the venue in the description when the notice has a time', () => {
    const [e] = conferenceEvents(
      [
        {
          slug: 'hop-bao',
          title: 'Press conference',
          summary: 'Q4',
          date: '2026-12-10',
          time: '08:30',
          venue: 'Hall A',
          path: '/en/press/hop-bao/',
        },
      ],
      'en',
      'https://x.example',
    );
    expect(e).toMatchObject({ start: '08:30', description: 'Q4\nHall A', url: 'https://x.example/en/press/hop-bao/' });
  });
});
