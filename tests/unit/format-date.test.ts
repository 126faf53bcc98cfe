import { describe, expect, it } from 'vitest';
import { formatDay, formatLongDay, languageLabel } from '../../src/lib/format-date.ts';

describe('formatDay', () => {
  it('writes an ISO day in the reader’s language, whatever the machine’s time zone', () => {
    expect(formatDay('2024-05-07', 'en-GB')).toBe('7 May 2024');
    expect(formatDay('2024-05-07', 'ko-KR')).toBe('2024년 5월 7일');
    expect(formatDay('2024-05-07', 'vi-VN')).toMatch(/^7 tháng 5,? 2024$/);
  });
  it('can leave out the year', () => {
    expect(formatDay('2024-05-07', 'en-GB', false)).toBe('7 May');
  });
});

describe('languageLabel', () => {
  it('names a language in the reader’s language', () => {
    expect(languageLabel('vi', 'en-GB')).toBe('Vietnamese');
    expect(languageLabel('en', 'vi-VN')).toBe('Tiếng Anh');
  });
});

describe('formatLongDay', () => {
  it("writes the locale's long date style, the same for every call", () => {
    const expected = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2025-09-01T00:00:00Z'),
    );
    expect(formatLongDay('2025-09-01', 'vi-VN')).toBe(expected);
    expect(formatLongDay('2025-09-01', 'vi-VN')).toBe(expected);
    expect(formatLongDay('2025-09-01', 'en')).toBe('September 1, 2025');
  });
});
