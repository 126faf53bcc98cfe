/** Money in the reader's language: đồng in the locale's large-number words, and USD at a stated rate. */

/** How one locale writes large amounts; its words come from the UI strings (money.* keys). */
export interface MoneyStyle {
  /** Intl locale, e.g. "vi-VN". */
  intl: string;
  /** Number words, largest first: [size, template with {n}], e.g. [1e9, "{n} tỷ"]. */
  scales: [number, string][];
  /** True where a language writes several words ("1조 2,500억"), false for one word with decimals ("1.250 tỷ"). */
  compound: boolean;
  /** Template of an amount in đồng, e.g. "{amount} đồng" or "VND {amount}". */
  vnd: string;
  /** Template of an amount in US dollars, e.g. "{amount} USD" or "USD {amount}". */
  usd: string;
}

/** Reads "1000000000:{n} tỷ|1000000:{n} triệu" into scales, largest first. */
export function parseScales(spec: string): [number, string][] {
  return spec
    .split('|')
    .map((part) => {
      const colon = part.indexOf(':');
      const size = Number(part.slice(0, colon));
      if (colon < 1 || !Number.isFinite(size) || size <= 0 || !part.includes('{n}'))
        throw new Error(`money.scales: "${part}" is not "<size>:<words with {n}>"`);
      const scale: [number, string] = [size, part.slice(colon + 1)];
      return scale;
    })
    .sort((a, b) => b[0] - a[0]);
}

/** The UI strings a money style is read from. */
export type MoneyKey = 'money.scales' | 'money.compound' | 'money.vnd' | 'money.usd';

/** The style of a locale from its UI strings. */
export function moneyStyle(t: (key: MoneyKey) => string, intl: string): MoneyStyle {
  return {
    intl,
    scales: parseScales(t('money.scales')),
    compound: t('money.compound') === 'yes',
    vnd: t('money.vnd'),
    usd: t('money.usd'),
  };
}

const fill = (template: string, name: string, value: string) => template.replace(`{${name}}`, value);

// Building an Intl.NumberFormat costs ~0.1 ms; one per locale and precision, not one per number.
const formats = new Map<string, Intl.NumberFormat>();

/** A number with the locale's separators. */
export function formatNumber(value: number, intl: string, maxFraction = 2): string {
  const key = `${intl}|${maxFraction}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(intl, { maximumFractionDigits: maxFraction })));
  return format.format(value);
}

/** A large amount in the locale's words: "1.250 tỷ", "1,250 billion", "1조 2,500억". */
export function inWords(amount: number, style: MoneyStyle, maxFraction = 3): string {
  const smallest = style.scales.at(-1)?.[0] ?? Infinity;
  if (amount < smallest) return formatNumber(amount, style.intl, 0);
  if (!style.compound) {
    // Scales are sorted largest first and the amount is not below the smallest: only NaN finds none.
    const scale = style.scales.find(([s]) => amount >= s);
    if (scale === undefined) throw new Error(`inWords: no scale for ${amount}`);
    const [size, words] = scale;
    return fill(words, 'n', formatNumber(amount / size, style.intl, maxFraction));
  }
  const parts: string[] = [];
  let rest = Math.round(amount / smallest) * smallest;
  for (const [size, words] of style.scales) {
    const count = Math.floor(rest / size + 1e-9);
    if (count > 0) parts.push(fill(words, 'n', formatNumber(count, style.intl, 0)));
    rest -= count * size;
  }
  return parts.join(' ');
}

/** An amount in đồng: "1.250 tỷ đồng", "VND 1,250 billion". */
export function formatVnd(amount: number, style: MoneyStyle): string {
  return fill(style.vnd, 'amount', inWords(amount, style));
}

/** Rounds to `digits` significant digits (52,306,846 → 52,300,000 with 3). */
export function roundSignificant(value: number, digits = 3): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / magnitude) * magnitude;
}

/** An approximate amount in US dollars, three significant digits: "USD 52.3 million". */
export function formatUsd(amount: number, style: MoneyStyle): string {
  return fill(style.usd, 'amount', inWords(roundSignificant(amount), style));
}

/** Đồng to US dollars at `vndPerUsd` (unrounded; round only for display). */
export function vndToUsd(vnd: number, vndPerUsd: number): number {
  if (!(vndPerUsd > 0)) throw new RangeError(`not an exchange rate: ${vndPerUsd}`);
  return vnd / vndPerUsd;
}

/** Capital in đồng with its USD equivalent, through the locale's "{vnd} (≈ {usd})" template. */
export function formatCapital(vnd: number, vndPerUsd: number, style: MoneyStyle, template: string): string {
  return fill(fill(template, 'vnd', formatVnd(vnd, style)), 'usd', formatUsd(vndToUsd(vnd, vndPerUsd), style));
}
