/** The calendar feeds: which anniversaries fall in a period, and the iCalendar events of anniversaries and press conferences. */
import { anniversariesOf, countLabel, titleIn, type Anniversary, type BaseEvent } from './anniversaries.ts';
import type { CalendarEvent } from './icalendar.ts';
import { dayParts } from './day-parts.ts';

/** The last day of the year that starts on `day` (YYYY-MM-DD): 2026-11-22 → 2027-11-21. */
export function yearAfter(day: string): string {
  const [y, m, d] = dayParts(day);
  const end = new Date(Date.UTC(y + 1, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

/** Anniversaries from `day` to one year later (the "coming year" of a feed built on `day`). */
export function comingAnniversaries(events: readonly BaseEvent[], day: string): Anniversary[] {
  const last = yearAfter(day);
  const year = Number(day.slice(0, 4));
  return [...anniversariesOf(events, year), ...anniversariesOf(events, year + 1)].filter(
    (a) => a.date >= day && a.date <= last,
  );
}

/**
 * The next `count` anniversaries from `day` within the coming year, soonest first, for the calendar's
 * landing page; the round ones (every five years) go first among those of the same day.
 */
export function nextAnniversaries(events: readonly BaseEvent[], day: string, count: number): Anniversary[] {
  return comingAnniversaries(events, day)
    .sort((a, b) => a.date.localeCompare(b.date) || Number(b.round) - Number(a.round))
    .slice(0, count);
}

/** "70th anniversary · Victory of Điện Biên Phủ" (just the event when its count means nothing), the line a calendar page and the feed both show. */
export const anniversaryTitle = (a: Anniversary, lang: string): string => {
  const count = countLabel(a, lang);
  return count === undefined ? titleIn(a.title, lang) : `${count} · ${titleIn(a.title, lang)}`;
};

/** iCalendar events of anniversaries; `yearPath(year)` is the calendar page that lists each. */
export function anniversaryEvents(
  list: readonly Anniversary[],
  lang: string,
  site: string,
  yearPath: (year: number) => string,
): CalendarEvent[] {
  const host = new URL(site).host;
  return list.map((a) => ({
    uid: `${a.date}-${a.slug}-${lang}@${host}`,
    date: a.date,
    title: anniversaryTitle(a, lang),
    url: new URL(yearPath(Number(a.date.slice(0, 4))), site).href,
  }));
}

export interface ConferenceFacts {
  slug: string;
  title: string;
  summary: string;
  date: string;
  time?: string;
  venue?: string;
  /** Site path of the notice. */
  path: string;
}

/** iCalendar events of press conferences (a timed event when the notice gives a start time). */
export function conferenceEvents(list: readonly ConferenceFacts[], lang: string, site: string): CalendarEvent[] {
  const host = new URL(site).host;
  return list.map((c) => ({
    uid: `press-${c.slug}-${lang}@${host}`,
    date: c.date,
    title: c.title,
    description: c.venue ? `${c.summary}\n${c.venue}` : c.summary,
    url: new URL(c.path, site).href,
    ...(c.time ? { start: c.time } : {}),
  }));
}
