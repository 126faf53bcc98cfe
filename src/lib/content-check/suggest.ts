/**
 * What an editor probably meant, for the check's messages: the closest known slug, a date written
 * the Vietnamese way turned into YYYY-MM-DD, a number written with a decimal comma or thousands
 * dots turned into digits. Only suggestions: the schema has already judged the value.
 */
import { distance } from 'fastest-levenshtein';
import { group } from '../regex-group.ts';

/** The known name closest to `value`, when it is close enough to be a typo (a few letters apart). */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(value, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best))
      [best, bestDistance] = [candidate, d];
  }
  // Two edits, or a quarter of the name: "tran-minh-khao" → "tran-minh-khoa", not "so-khong-co" → "so-ngoai-vu".
  const limit = Math.max(2, Math.floor(value.length / 4));
  return best !== undefined && bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface DateReading {
  year: number;
  month: number;
  day: number;
  /** Written day first (05/03/2024), as Vietnamese documents do. */
  dayFirst: boolean;
  /** The date exists in the calendar. */
  real: boolean;
  /** The month has this many days (to say why 30/02 does not exist). */
  daysInMonth: number;
  iso: string;
}

/**
 * Reads a date written by hand: 05/03/2024, 5-3-2024, 05.03.2024 (day first, the Vietnamese order),
 * 2024/03/05 or 2024-3-5 (year first). Undefined when the text is not shaped like a date.
 */
export function readHandwrittenDate(text: string): DateReading | undefined {
  const parts = /^(\d+)[/.-](\d+)[/.-](\d+)$/.exec(text.trim());
  if (!parts) return undefined;
  const [a, b, c] = [group(parts, 1), group(parts, 2), group(parts, 3)];
  const yearFirst = a.length === 4 && c.length <= 2;
  const dayFirst = c.length === 4 && a.length <= 2;
  if (!yearFirst && !dayFirst) return undefined;
  const [year, month, day] = [Number(yearFirst ? a : c), Number(b), Number(yearFirst ? c : a)];
  if (month < 1 || month > 12)
    return { year, month, day, dayFirst, real: false, daysInMonth: 0, iso: `${year}-${pad(month)}-${pad(day)}` };
  const daysInMonth = daysIn(year, month);
  return {
    year,
    month,
    day,
    dayFirst,
    real: day >= 1 && day <= daysInMonth,
    daysInMonth,
    iso: `${year}-${pad(month)}-${pad(day)}`,
  };
}

export interface NumberReading {
  value: number;
  /** How it was written: a decimal comma (14,04), thousands dots (1.250.000), or thousands spaces or commas. */
  written:
    'decimal-comma' | 'thousands-dots' | 'thousands-dots-and-decimal-comma' | 'thousands-spaces' | 'thousands-commas';
}

/**
 * Reads a number written the Vietnamese way, which YAML takes for text: "14,04" (decimal comma),
 * "1.250.000.000.000" (thousands dots), "1.250,5", "1 250 000", "1,250,000". Undefined otherwise.
 */
export function readVietnameseNumber(text: string): NumberReading | undefined {
  const t = text.trim().replace(/\u00a0/g, ' ');
  const sign = t.startsWith('-') ? -1 : 1;
  const s = t.replace(/^-/, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return { value: sign * Number(s.replace(/\./g, '')), written: 'thousands-dots' };
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s))
    return {
      value: sign * Number(s.replace(/\./g, '').replace(',', '.')),
      written: 'thousands-dots-and-decimal-comma',
    };
  // One comma followed by exactly three digits could be either; Vietnamese writing makes it a decimal comma.
  if (/^\d+,\d+$/.test(s)) return { value: sign * Number(s.replace(',', '.')), written: 'decimal-comma' };
  if (/^\d{1,3}( \d{3})+$/.test(s)) return { value: sign * Number(s.replace(/ /g, '')), written: 'thousands-spaces' };
  if (/^\d{1,3}(,\d{3}){2,}$/.test(s))
    return { value: sign * Number(s.replace(/,/g, '')), written: 'thousands-commas' };
  return undefined;
}
