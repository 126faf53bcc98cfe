/** Press releases, statements and conferences: order of listings and the schema.org Event of a conference. */

export interface PressFacts {
  slug: string;
  kind: 'release' | 'statement' | 'conference';
  /** Publication day, or the day a conference is held (YYYY-MM-DD). */
  date: string;
  /** HH:MM local time of a conference. */
  time?: string;
}

/** Newest first; on the same day, by slug so the order never depends on file-system order. */
export function newestFirst<T extends { date: string; slug: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** Conferences held on or after `day` (the build date), soonest first. */
export function upcomingConferences<T extends PressFacts>(items: readonly T[], day: string): T[] {
  return items
    .filter((p) => p.kind === 'conference' && p.date >= day)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.slug.localeCompare(b.slug),
    );
}

export interface ConferenceLd {
  name: string;
  description: string;
  date: string;
  time?: string;
  venue?: string;
  url: string;
  organizer: string;
  lang: string;
  /** For an invented notice: the sample notice, put first in the description (machines cannot see the page's badge). */
  sampleNotice?: string;
}

/** schema.org Event (JSON-LD) of a press conference; times are Việt Nam local time (UTC+07:00). */
export function conferenceJsonLd(c: ConferenceLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: c.name,
    description: c.sampleNotice ? `${c.sampleNotice} ${c.description}` : c.description,
    startDate: c.time ? `${c.date}T${c.time}:00+07:00` : c.date,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(c.venue ? { location: { '@type': 'Place', name: c.venue, address: c.venue } } : {}),
    organizer: { '@type': 'GovernmentOrganization', name: c.organizer },
    url: c.url,
    inLanguage: c.lang,
  };
}
