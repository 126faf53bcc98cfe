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
 * (site-wide) of its year. Its .ics has none: it also lists press conferences and is stamped with the build date.
 */
export function calendarYearPagePaths() {
  return Promise.all(
    calendarYearPaths().map(async (path) => ({ ...path, cacheKey: await siteKey('calendar year', path.params.year) })),
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
