/** iCalendar file of one year's anniversaries and press conferences, beside the year's calendar page. */
import type { APIRoute } from 'astro';
import { calendarYearPaths } from '../../../data/calendar.ts';
import { yearFeed } from '../../../data/calendar-feeds.ts';

export const getStaticPaths = calendarYearPaths;
export const GET: APIRoute = ({ params }) => yearFeed(params.lang!, Number(params.year));
