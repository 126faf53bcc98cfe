import { describe, expect, it } from 'vitest';
import { calendarYearRange } from '../../src/lib/calendar-years.ts';

describe('calendarYearRange', () => {
  it('is the build year and the next when the province lists no span', () => {
    expect(calendarYearRange(undefined, 2026)).toEqual([2026, 2027]);
  });
  it('keeps the span a province lists when it covers the build year and the next', () => {
    expect(calendarYearRange([2022, 2027], 2026)).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  });
  it('stretches a span that ends before the next year, so coming anniversaries never link to a missing year page', () => {
    expect(calendarYearRange([2022, 2027], 2027)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(calendarYearRange([2022, 2024], 2029)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });
  it('stretches a span that starts after the build year back to it', () => {
    expect(calendarYearRange([2028, 2030], 2026)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});
