/** iCalendar file of one year's anniversaries and press conferences, beside the year's calendar page. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { calendarYearFeedPaths } from '../../../data/calendar.ts';
import { yearFeed } from '../../../data/calendar-feeds.ts';

export const getStaticPaths = calendarYearFeedPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;
export const GET: APIRoute<Record<string, never>, Params> = ({ params }) => yearFeed(params.lang, Number(params.year));
