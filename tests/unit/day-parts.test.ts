import { describe, expect, it } from 'vitest';
import { dayParts, timeParts } from '../../src/lib/day-parts.ts';

describe('dayParts and timeParts', () => {
  it('read the numbers of a day and a time', () => {
    expect(dayParts('2026-02-09')).toEqual([2026, 2, 9]);
    expect(timeParts('08:30')).toEqual([8, 30]);
  });
  it('refuse anything else instead of giving NaN', () => {
    for (const bad of ['', '2026-02', '2026/02/09', '2026-02-09T00:00'])
      expect(() => dayParts(bad)).toThrow(/YYYY-MM-DD/);
    for (const bad of ['', '8', '08:30:00', 'noon']) expect(() => timeParts(bad)).toThrow(/HH:MM/);
  });
});
