/** iCalendar feed of the coming year (from the build date): anniversaries and press conferences. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { comingYearFeed } from '../../data/calendar-feeds.ts';
import { localeStaticPaths } from '../../data/locales.ts';

export const getStaticPaths = localeStaticPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;
export const GET: APIRoute<Record<string, never>, Params> = ({ params }) => comingYearFeed(params.lang);
