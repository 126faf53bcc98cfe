/** iCalendar feed of the coming year (from the build date): anniversaries and press conferences. */
import type { APIRoute } from 'astro';
import { comingYearFeed } from '../../data/calendar-feeds.ts';
import { localeStaticPaths } from '../../data/locales.ts';

export const getStaticPaths = localeStaticPaths;
export const GET: APIRoute = ({ params }) => comingYearFeed(params.lang!);
