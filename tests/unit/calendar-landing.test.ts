import { describe, expect, it } from 'vitest';
import { nextAnniversaries } from '../../src/lib/calendar-feed.ts';
import type { BaseEvent } from '../../src/lib/anniversaries.ts';

const events: BaseEvent[] = [
  { slug: 'dien-bien-phu', title: { vi: 'Chiến thắng Điện Biên Phủ' }, kind: 'military', date: '1954-05-07' },
  { slug: 'qdnd', title: { vi: 'Ngày thành lập Quân đội nhân dân Việt Nam' }, kind: 'military', date: '1944-12-22' },
  { slug: 'quoc-khanh', title: { vi: 'Quốc khánh' }, kind: 'national-day', date: '1945-09-02', yearly: true },
  { slug: 'z-round', title: { vi: 'B' }, kind: 'other', date: '1964-09-02' },
  { slug: 'lao', title: { vi: 'Việt Nam – Lào' }, kind: 'diplomatic', date: '1962-09-05' },
];

describe('nextAnniversaries', () => {
  it('gives the soonest ones from the build date, across the new year, no more than asked', () => {
    expect(nextAnniversaries(events, '2024-10-01', 2).map((a) => `${a.date} ${a.years} ${a.slug}`)).toEqual([
      '2024-12-22 80 qdnd',
      '2025-09-02 80 quoc-khanh',
    ]);
  });
  it('puts a round anniversary before a yearly one of the same day', () => {
    expect(nextAnniversaries(events, '2024-06-01', 3).map((a) => `${a.date} ${a.years} ${a.slug}`)).toEqual([
      '2024-09-02 60 z-round',
      '2024-09-02 79 quoc-khanh',
      '2024-12-22 80 qdnd',
    ]);
  });
  it('gives none when nothing falls in the coming year', () => {
    expect(nextAnniversaries([events[0]!], '2024-06-01', 5)).toEqual([]);
  });
});
