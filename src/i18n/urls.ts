/**
 * URLs as this build serves them. Pages, components and data modules link through these, never
 * by hand: each puts a site path (src/lib/paths.ts) under the base path the portal is built for
 * (astro.config.mjs `base`, `npm run build -- --base`), so a portal served at
 * "/my-repo/gia-lai/" links there, and one served at the root links exactly as before.
 */
import { province } from 'virtual:portal';
import * as paths from '../lib/paths.ts';

/** The base path, "/" or "/my-repo/gia-lai/" (Astro closes it with a slash: trailingSlash is "always"). */
export const BASE = import.meta.env.BASE_URL;

/** The served path of a site path: `/my-repo/gia-lai/files/kit.pdf` from `/files/kit.pdf`. */
export const href = (sitePath: string): string => paths.withBase(BASE, sitePath);

/** The served path of a locale's page: `/my-repo/gia-lai/en/invest/coffee/` from ('en', 'invest', 'coffee'). */
export const localePath = (lang: string, ...segments: (string | number)[]): string =>
  href(paths.localePath(lang, ...segments));

/** The same page in another locale, from the served path of this one (Astro.url.pathname). */
export const switchLocalePath = (servedPath: string, lang: string): string =>
  href(paths.switchLocalePath(paths.withoutBase(BASE, servedPath), lang));

/** The site path of a served path (Astro.url.pathname): `/en/plans/x/`. */
export const sitePathOf = (servedPath: string): string => paths.withoutBase(BASE, servedPath);

/** The absolute URL of a served path on the province's site (canonical, feeds, JSON-LD, sitemap). */
export const absoluteUrl = (servedPath: string): string => new URL(servedPath, province.site).href;
