/** iCalendar feed of the coming year (from the build date): anniversaries and press conferences. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { comingYearFeed } from '../../data/calendar-feeds.ts';
import { comingYearFeedPaths } from '../../data/calendar.ts';

export const getStaticPaths = comingYearFeedPaths;
type Params = InferGetStaticParamsType<typeof getStaticPaths>;
export const GET: APIRoute<Record<string, never>, Params> = ({ params }) => comingYearFeed(params.lang);
