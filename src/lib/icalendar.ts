/** An iCalendar (.ics) feed from dated events, byte-for-byte the same for the same input and timestamp. */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { foldLine } from './vcard.ts';
import { dayParts, timeParts } from './day-parts.ts';

export interface CalendarEvent {
  /** Stable identifier, e.g. "2024-chien-thang-dien-bien-phu@gia-lai.ttdn.example". */
  uid: string;
  /** Day of the event, YYYY-MM-DD. */
  date: string;
  title: string;
  description?: string;
  url?: string;
  /** Local start time "HH:MM"; without it the event lasts the whole day. */
  start?: string;
  /** Local end time "HH:MM" (with `start`); by default one hour after the start. */
  end?: string;
}

export interface CalendarOptions {
  /** When the feed was made (the build date): written as DTSTAMP of every event. */
  timestamp: Date | string;
  /** PRODID, e.g. "-//Gia Lai TTĐN portal//Anniversaries//VI". */
  productId?: string;
  /** The calendar's display name (X-WR-CALNAME). */
  calName?: string;
  /** Offset of the local times from UTC in minutes; Việt Nam is UTC+7 all year. */
  utcOffsetMinutes?: number;
}

/** The UTC date-time of a local day and "HH:MM", as ics wants it. */
function utcArray(date: string, time: string, offsetMinutes: number, plusMinutes = 0): DateArray {
  const [y, m, d] = dayParts(date);
  const [hh, mm] = timeParts(time);
  const t = new Date(Date.UTC(y, m - 1, d, hh, mm + plusMinutes - offsetMinutes));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
}

function nextDay(date: string): DateArray {
  const [y, m, d] = dayParts(date);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function toAttributes(event: CalendarEvent, timestamp: number, offset: number): EventAttributes {
  const common = {
    uid: event.uid,
    title: event.title,
    ...(event.description ? { description: event.description } : {}),
    ...(event.url ? { url: event.url } : {}),
    // `timestamp` is DTSTAMP; ics accepts it but does not declare it, and defaults it to the current time.
    timestamp,
  };
  if (!event.start) return { ...common, start: dayParts(event.date), end: nextDay(event.date) };
  const end = event.end ? utcArray(event.date, event.end, offset) : utcArray(event.date, event.start, offset, 60);
  const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const;
  return { ...common, ...utc, start: utcArray(event.date, event.start, offset), end };
}

/** The .ics text (CRLF, UTF-8, lines folded at 75 octets); throws when an event is not valid. */
export function icalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const timestamp = new Date(options.timestamp).getTime();
  if (Number.isNaN(timestamp)) throw new Error(`icalendar: timestamp: not a date — got ${String(options.timestamp)}`);
  const offset = options.utcOffsetMinutes ?? 7 * 60;
  const header = {
    productId: options.productId ?? '-//ttdn-portal//anniversaries//VI',
    ...(options.calName ? { calName: options.calName } : {}),
  };
  const { error, value } = createEvents(
    events.map((e) => toAttributes(e, timestamp, offset)),
    header,
  );
  if (error || value === null) throw new Error(`icalendar: ${error?.message ?? 'no output'}`);
  // ics folds at 75 characters with a tab; RFC 5545 asks for 75 octets, which Vietnamese text exceeds.
  return value
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => (line ? foldLine(line) : line))
    .join('\r\n');
}
