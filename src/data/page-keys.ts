/**
 * Static paths, with render keys, of the pages that exist once per locale and show many entries or
 * only site-wide facts (home, lists, calendar, spokespeople, about, search, 404). Each key is made
 * of what the page shows, so a rebuild renders such a page again only when one of those changed.
 */
import { buildDate, province } from 'virtual:portal';
import { combineKeys } from '../lib/render-keys.ts';
import { latestPress } from './press.ts';
import { conceptKey, listingKey, renderKey, siteKey } from './render-keys.ts';

const perLocale = (key: (lang: string) => Promise<string>) => () =>
  Promise.all(province.locales.map(async (lang) => ({ params: { lang }, cacheKey: await key(lang) })));

/** The not-found and search pages: the layout only. */
export const layoutOnlyPaths = perLocale(() => siteKey());
/** The spokespeople list and the calendar landing print the build date ("as of", "coming after it"): new every day. */
export const datedPaths = perLocale(() => siteKey('date', buildDate));
export const aboutPaths = perLocale(() => renderKey('pages', 'about'));
/** Pages made from every plan: the plans list, the units with their tasks, the legal documents with the plans citing them. */
export const allPlansPaths = perLocale(() => conceptKey('plans'));
export const allPlacesPaths = perLocale(() => conceptKey('places'));
export const allProfilesPaths = perLocale(() => conceptKey('profiles'));
/**
 * The home page: the newest press items, the featured places (chosen among all by translation)
 * and the investment totals (over all profiles). An edit to an older press item leaves it alone.
 */
export const homePaths = perLocale(async (lang) =>
  combineKeys([
    await listingKey(
      'press',
      (await latestPress(lang)).map((i) => i.slug),
      ['home'],
    ),
    await conceptKey('places'),
    await conceptKey('profiles'),
  ]),
);
