/** The anniversaries of a year: round (every 5 years) and yearly ones, from base events, solar or lunar. */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { dayParts } from './day-parts.ts';

/** A lunar-calendar day (month 1–12, day 1–30, leap for the intercalary month). */
export interface LunarDay {
  month: number;
  day: number;
  leap?: boolean;
}

/** A base event as read from content (slug from its file name). */
export interface BaseEvent {
  slug: string;
  title: { vi: string; [lang: string]: string };
  kind: string;
  /** Solar date it happened, YYYY-MM-DD; or else `lunar` with `since`. */
  date?: string;
  lunar?: LunarDay;
  since?: number;
  yearly?: boolean;
  /** False when the year count means nothing (shown without "n năm"); counted by default. */
  counted?: boolean;
}

export interface Anniversary {
  /** The solar date of this year's anniversary, YYYY-MM-DD. */
  date: string;
  /** How many years since the event. */
  years: number;
  title: BaseEvent['title'];
  slug: string;
  kind: string;
  /** True on a multiple of 5 years of a counted event. */
  round: boolean;
  /** False when `years` means nothing and is not shown. */
  counted: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The solar date (YYYY-MM-DD) of a lunar day in a lunar year, or undefined if that year lacks it. */
function lunarYearToSolar(lunar: LunarDay, lunarYear: number): string | undefined {
  const leap = lunar.leap ?? false;
  // The library answers any input without checking it exists, so each candidate is converted back and
  // compared: a missing leap month falls back to the regular month, a missing 30th to the 29th.
  const tries: [number, boolean][] = [[lunar.day, leap]];
  if (leap) tries.push([lunar.day, false]);
  if (lunar.day === 30) tries.push(...tries.map(([, l]): [number, boolean] => [29, l]));
  for (const [day, l] of tries) {
    const s = getSolarDate(day, lunar.month, lunarYear, l);
    const back = getLunarDate(s.day, s.month, s.year);
    if (back.day === day && back.month === lunar.month && back.leap === l && back.year === lunarYear)
      return iso(s.year, s.month, s.day);
  }
  return undefined;
}

/** The solar date in `year` on which a lunar day falls (the lunar year starts in Jan/Feb, so the previous one is tried too). */
export function lunarToSolar(lunar: LunarDay, year: number): string | undefined {
  for (const lunarYear of [year, year - 1]) {
    const date = lunarYearToSolar(lunar, lunarYear);
    if (date?.startsWith(`${year}-`)) return date;
  }
  return undefined;
}

/** This year's date and the year count of one base event, or undefined if it does not fall in `year`. */
function occurrence(event: BaseEvent, year: number): { date: string; years: number } | undefined {
  if (event.date) {
    const [y, m, d] = dayParts(event.date);
    const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    // A 29 February event is marked on 28 February in common years.
    return { date: iso(year, m, m === 2 && d === 29 && !leapYear ? 28 : d), years: year - y };
  }
  if (event.lunar && event.since !== undefined) {
    const date = lunarToSolar(event.lunar, year);
    return date ? { date, years: year - event.since } : undefined;
  }
  return undefined;
}

/** Every round (multiple of 5, counted events only) and every yearly anniversary in `year`, sorted by date then slug. */
export function anniversariesOf(events: readonly BaseEvent[], year: number): Anniversary[] {
  const out: Anniversary[] = [];
  for (const event of events) {
    const hit = occurrence(event, year);
    if (!hit || hit.years <= 0) continue;
    const counted = event.counted ?? true;
    const round = counted && hit.years % 5 === 0;
    if (round || event.yearly)
      out.push({
        date: hit.date,
        years: hit.years,
        title: event.title,
        slug: event.slug,
        kind: event.kind,
        round,
        counted,
      });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
}

/** The title in `lang`, else in Vietnamese (the source language). */
export const titleIn = (title: BaseEvent['title'], lang: string): string => title[lang] ?? title.vi;

const englishSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "60 năm", "60th anniversary", "60주년", "ខួបលើកទី៦០"; other locales get the English form. */
export function anniversaryLabel(years: number, lang: string): string {
  switch (lang.split('-')[0]) {
    case 'vi':
      return `${years} năm`;
    case 'ko':
      return `${years}주년`;
    case 'km':
      return `ខួបលើកទី${new Intl.NumberFormat('km-u-nu-khmr', { useGrouping: false }).format(years)}`;
    default: {
      const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(years);
      return `${years}${englishSuffix[rule] ?? 'th'} anniversary`;
    }
  }
}

/** The count as pages and feeds show it ("70 năm"), or undefined for an event whose count means nothing. */
export const countLabel = (a: Pick<Anniversary, 'years' | 'counted'>, lang: string): string | undefined =>
  a.counted ? anniversaryLabel(a.years, lang) : undefined;
