import { describe, expect, it } from 'vitest';
import { conferenceJsonLd, newestFirst, upcomingConferences } from '../../src/lib/press.ts';

const items = [
  { slug: 'b', kind: 'release' as const, date: '2025-03-01' },
  { slug: 'a', kind: 'release' as const, date: '2025-03-01' },
  { slug: 'c', kind: 'conference' as const, date: '2026-12-10', time: '14:00' },
  { slug: 'd', kind: 'conference' as const, date: '2026-12-10', time: '08:30' },
  { slug: 'e', kind: 'conference' as const, date: '2025-01-05' },
  { slug: 'f', kind: 'statement' as const, date: '2026-01-02' },
];

describe('newestFirst', () => {
  it('orders by date, newest first, then by slug', () => {
    expect(newestFirst(items).map((i) => i.slug)).toEqual(['c', 'd', 'f', 'a', 'b', 'e']);
  });
  it('does not change the list it is given', () => {
    const copy = [...items];
    newestFirst(items);
    expect(items).toEqual(copy);
  });
});

describe('upcomingConferences', () => {
  it('keeps conferences from the given day on, soonest and earliest first', () => {
    expect(upcomingConferences(items, '2026-11-22').map((i) => i.slug)).toEqual(['d', 'c']);
  });
});

describe('conferenceJsonLd', () => {
  const ld = conferenceJsonLd({
    name: 'Họp báo',
    description: 'Quý IV',
    date: '2026-12-10',
    time: '08:30',
    venue: 'Hội trường',
    url: 'https://x.example/vi/press/c/',
    organizer: 'UBND tỉnh',
    lang: 'vi',
  });
  it('is a schema.org Event starting at the local time in UTC+07:00', () => {
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toBe('2026-12-10T08:30:00+07:00');
    expect(ld.location).toEqual({ '@type': 'Place', name: 'Hội trường', address: 'Hội trường' });
  });
  it('says so first in the description when the notice is invented', () => {
    const sample = conferenceJsonLd({
      name: 'x',
      description: 'Quý IV',
      date: '2026-12-10',
      url: 'https://x.example/',
      organizer: 'y',
      lang: 'vi',
      sampleNotice: 'Dữ liệu mẫu.',
    });
    expect(sample.description).toBe('Dữ liệu mẫu. Quý IV');
    expect(sample.startDate).toBe('2026-12-10');
  });
});
