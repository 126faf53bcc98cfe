/** The .ics feeds of a locale: one year's anniversaries and conferences, or those of the coming year from the build date. */
import { buildDate, province } from 'virtual:portal';
import { conferenceFacts, getBaseEvents } from './calendar.ts';
import { useTranslations } from '../i18n/ui.ts';
import { anniversariesOf } from '../lib/anniversaries.ts';
import { anniversaryEvents, comingAnniversaries, conferenceEvents, yearAfter } from '../lib/calendar-feed.ts';
import { icalendar } from '../lib/icalendar.ts';
import { pick } from '../lib/localize.ts';
import { localePath } from '../i18n/urls.ts';

const yearPath = (lang: string) => (year: number) => localePath(lang, 'calendar', year);

function write(lang: string, events: ReturnType<typeof anniversaryEvents>, calName: string): Response {
  const text = icalendar(events, {
    timestamp: `${buildDate}T00:00:00Z`,
    productId: `-//${province.id} TTDN portal//calendar//${lang.toUpperCase()}`,
    calName,
  });
  return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

/** Anniversaries and press conferences of the twelve months from the build date. */
export async function comingYearFeed(lang: string): Promise<Response> {
  const t = useTranslations(lang);
  const last = yearAfter(buildDate);
  const anniversaries = anniversaryEvents(
    comingAnniversaries(await getBaseEvents(), buildDate),
    lang,
    province.site,
    yearPath(lang),
  );
  const conferences = conferenceEvents(
    (await conferenceFacts(lang)).filter((c) => c.date >= buildDate && c.date <= last),
    lang,
    province.site,
  );
  return write(
    lang,
    [...anniversaries, ...conferences],
    t('calendar.feedName', { province: pick(province.name, lang) }),
  );
}

/** Anniversaries and press conferences of one calendar year. */
export async function yearFeed(lang: string, year: number): Promise<Response> {
  const t = useTranslations(lang);
  const anniversaries = anniversaryEvents(
    anniversariesOf(await getBaseEvents(), year),
    lang,
    province.site,
    yearPath(lang),
  );
  const conferences = conferenceEvents(
    (await conferenceFacts(lang)).filter((c) => c.date.startsWith(`${year}-`)),
    lang,
    province.site,
  );
  return write(lang, [...anniversaries, ...conferences], t('calendar.yearTitle', { year }));
}
