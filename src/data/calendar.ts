/** The anniversary calendar's inputs: base events (national and the province's own), the years it shows, press conferences. */
import { buildDate, province } from 'virtual:portal';
import { getRecords } from './records.ts';
import { getPress } from './press.ts';
import type { BaseEvent } from '../lib/anniversaries.ts';
import type { ConferenceFacts } from '../lib/calendar-feed.ts';
import { localePath } from '../i18n/urls.ts';
import { siteKey } from './render-keys.ts';
import { calendarYearRange } from '../lib/calendar-years.ts';

export async function getBaseEvents(): Promise<BaseEvent[]> {
  return (await getRecords('anniversaries')).map(({ id, data }) => ({
    slug: id,
    title: data.title,
    kind: data.kind,
    ...(data.date ? { date: data.date } : {}),
    ...(data.lunar ? { lunar: data.lunar } : {}),
    ...(data.since !== undefined ? { since: data.since } : {}),
    yearly: data.yearly,
    counted: data.counted,
  }));
}

/** The years with a calendar page: province.calendarYears, stretched to the build year and the next. */
export function calendarYears(): number[] {
  return calendarYearRange(province.calendarYears, Number(buildDate.slice(0, 4)));
}

/** Static paths of the calendar years in every locale (the year pages and their .ics files). */
export function calendarYearPaths() {
  return province.locales.flatMap((lang) => calendarYears().map((year) => ({ params: { lang, year: String(year) } })));
}

/**
 * The same paths with the year pages' render keys: a year page shows only the anniversary records
 * (site-wide) of its year. Its .ics also lists press conferences and is stamped with the build date (`calendarYearFeedPaths`).
 */
export function calendarYearPagePaths() {
  return Promise.all(
    calendarYearPaths().map(async (path) => ({ ...path, cacheKey: await siteKey('calendar year', path.params.year) })),
  );
}

/**
 * The render key of a locale's .ics feeds: everything they print besides code. The anniversary
 * records and the province (site-wide), the build date (every event's DTSTAMP, and the span of the
 * coming year's feed) and the locale's press conferences as the feeds read them, so that an edit to
 * any other press release restores the feeds instead of rendering them (`ics` checks every event).
 */
async function feedKey(lang: string, ...extra: string[]): Promise<string> {
  return siteKey('calendar feed', buildDate, lang, JSON.stringify(await conferenceFacts(lang)), ...extra);
}

/** Static paths of the coming year's feed of every locale, with its render key. */
export function comingYearFeedPaths() {
  return Promise.all(province.locales.map(async (lang) => ({ params: { lang }, cacheKey: await feedKey(lang) })));
}

/** Static paths of every year's feed in every locale, with their render keys. */
export function calendarYearFeedPaths() {
  return Promise.all(
    calendarYearPaths().map(async (path) => ({
      ...path,
      cacheKey: await feedKey(path.params.lang, 'year', path.params.year),
    })),
  );
}

/** Press conferences of a locale as calendar facts (for the .ics feeds). */
export async function conferenceFacts(lang: string): Promise<ConferenceFacts[]> {
  return (await getPress(lang))
    .filter((p) => p.data.kind === 'conference')
    .map((p) => ({
      slug: p.slug,
      title: p.data.title,
      summary: p.data.summary,
      date: p.data.date,
      time: p.data.time,
      venue: p.data.venue,
      path: localePath(lang, 'press', p.slug),
    }));
}
