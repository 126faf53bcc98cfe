import { describe, expect, it } from 'vitest';
import {
  formatCapital,
  formatUsd,
  formatVnd,
  inWords,
  moneyStyle,
  parseScales,
  roundSignificant,
  vndToUsd,
  type MoneyStyle,
} from '../../src/lib/money.ts';
import vi from '../../src/i18n/locales/vi/invest.json' with { type: 'json' };
import en from '../../src/i18n/locales/en/invest.json' with { type: 'json' };
import ko from '../../src/i18n/locales/ko/invest.json' with { type: 'json' };
import km from '../../src/i18n/locales/km/invest.json' with { type: 'json' };

/** The style each locale's real UI strings give, as pages get it. */
const style = (dict: Record<string, string>, intl: string): MoneyStyle => moneyStyle((key) => dict[key]!, intl);
const styles = { vi: style(vi, 'vi-VN'), en: style(en, 'en-GB'), ko: style(ko, 'ko-KR'), km: style(km, 'km-KH') };
const RATE = 25_510;

describe('đồng in each locale', () => {
  it('writes 1,250 billion as the issue asks in Vietnamese and English', () => {
    expect(formatVnd(1_250_000_000_000, styles.vi)).toBe('1.250 tỷ đồng');
    expect(formatVnd(1_250_000_000_000, styles.en)).toBe('VND 1,250 billion');
  });
  it('writes Korean in 조 and 억', () => {
    expect(formatVnd(1_250_000_000_000, styles.ko)).toBe('1조 2,500억 동');
    expect(formatVnd(480_000_000_000, styles.ko)).toBe('4,800억 동');
  });
  it('writes Khmer with ពាន់លាន (thousand million)', () => {
    expect(formatVnd(1_250_000_000_000, styles.km)).toBe('1,250 ពាន់លាន ដុង');
  });
  it('keeps decimals in the locale’s own separator', () => {
    expect(formatVnd(85_500_000_000, styles.vi)).toBe('85,5 tỷ đồng');
    expect(formatVnd(85_500_000_000, styles.en)).toBe('VND 85.5 billion');
  });
  it('falls back to millions, then plain digits, below a billion', () => {
    expect(formatVnd(750_000_000, styles.vi)).toBe('750 triệu đồng');
    expect(formatVnd(750_000_000, styles.en)).toBe('VND 750 million');
    expect(formatVnd(5_000, styles.en)).toBe('VND 5,000');
  });
});

describe('US dollars at a stated rate', () => {
  const usd = vndToUsd(1_250_000_000_000, RATE);
  it('converts and rounds to three significant digits', () => {
    expect(usd).toBeCloseTo(49_000_392, 0);
    expect(formatUsd(usd, styles.en)).toBe('USD 49 million');
    expect(formatUsd(vndToUsd(1_250_000_000_000, 23_898), styles.en)).toBe('USD 52.3 million');
  });
  it('writes the amount in every locale', () => {
    expect(formatUsd(usd, styles.vi)).toBe('49 triệu USD');
    expect(formatUsd(usd, styles.ko)).toBe('4,900만 달러');
    expect(formatUsd(usd, styles.km)).toBe('49 លាន ដុល្លារអាមេរិក');
    expect(formatUsd(vndToUsd(1_250_000_000_000, 23_898), styles.ko)).toBe('5,230만 달러');
  });
  it('refuses a rate that is not positive', () => {
    expect(() => vndToUsd(1, 0)).toThrow(RangeError);
  });
});

describe('number words', () => {
  it('parses scales largest first and rejects nonsense', () => {
    expect(parseScales('1000000:{n} m|1000000000:{n} bn')).toEqual([
      [1e9, '{n} bn'],
      [1e6, '{n} m'],
    ]);
    expect(() => parseScales('billion')).toThrow(/money.scales/);
  });
  it('drops empty Korean units and rounds to the smallest one', () => {
    expect(inWords(1_000_000_000_000, styles.ko)).toBe('1조');
    expect(inWords(1_000_049_999, styles.ko)).toBe('10억 5만');
  });
  it('rounds to significant digits', () => {
    expect(roundSignificant(52_306_846)).toBe(52_300_000);
    expect(roundSignificant(0)).toBe(0);
    expect(roundSignificant(1_994, 2)).toBe(2_000);
  });
});

describe('capital with its USD equivalent', () => {
  it('reads as the issue shows it', () => {
    expect(formatCapital(1_250_000_000_000, RATE, styles.en, en['invest.capital.both'])).toBe(
      'VND 1,250 billion (≈ USD 49 million)',
    );
    expect(formatCapital(1_250_000_000_000, RATE, styles.vi, vi['invest.capital.both'])).toBe(
      '1.250 tỷ đồng (≈ 49 triệu USD)',
    );
    expect(formatCapital(1_250_000_000_000, RATE, styles.ko, ko['invest.capital.both'])).toBe(
      '1조 2,500억 동 (약 4,900만 달러)',
    );
  });
});
