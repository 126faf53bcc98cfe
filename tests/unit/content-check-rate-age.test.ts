import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/editor/content-check/check.ts';
import { en } from '../../src/lib/content-check/messages/index.ts';
import { rateAgeDays, RATE_MAX_AGE_DAYS } from '../../src/lib/invest/rate-age.ts';
import type { ContentFile } from '../../src/lib/content-check/types.ts';

const provinces = new Map([['gia-lai', { id: 'gia-lai', locales: ['vi', 'en'] }]]);
const rateFile = (date: string): ContentFile[] => [
  { path: 'gia-lai/province.yaml' },
  {
    path: 'national/exchange-rates/usd.yaml',
    text: `currency: USD\nvndPerUnit: 23898\ndate: ${date}\nsource:\n  vi: Tỷ giá trung tâm\n  en: Central rate\n`,
  },
];

describe('rateAgeDays', () => {
  it('counts whole days between the rate and the build date', () => {
    expect(rateAgeDays('2025-01-01', '2025-01-01')).toBe(0);
    expect(rateAgeDays('2024-12-31', '2025-03-01')).toBe(60);
    expect(rateAgeDays('2023-08-25', '2026-12-01')).toBe(1194);
  });
});

describe('the content check and an old exchange rate', () => {
  it('warns, in Vietnamese, naming the file, the field and the date to update, when the rate is older than 90 days', () => {
    const { errors, warnings } = checkContent(rateFile('2023-08-25'), provinces, undefined, '2026-12-01');
    expect(errors.filter((p) => p.file.includes('exchange-rates'))).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'content/national/exchange-rates/usd.yaml', field: 'date', line: 3 });
    expect(warnings[0]!.message).toContain('2023-08-25');
    expect(warnings[0]!.message).toContain('1194 ngày');
    expect(warnings[0]!.message).toMatch(/tỷ giá/);
  });
  it('says it in English when asked', () => {
    const [w] = checkContent(rateFile('2023-08-25'), provinces, en, '2026-12-01').warnings;
    expect(w!.message).toMatch(/1194 days old/);
  });
  it('stays silent up to 90 days, and without a build date', () => {
    expect(RATE_MAX_AGE_DAYS).toBe(90);
    expect(checkContent(rateFile('2026-09-02'), provinces, undefined, '2026-12-01').warnings).toEqual([]);
    expect(checkContent(rateFile('2026-09-01'), provinces, undefined, '2026-12-01').warnings).toHaveLength(1);
    expect(checkContent(rateFile('2023-08-25'), provinces).warnings).toEqual([]);
  });
});
