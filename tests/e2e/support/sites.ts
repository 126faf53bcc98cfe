/**
 * The provinces the browser tests visit and the port each built site is served on.
 * E2E_DIST (default dist) and E2E_PORT (default 4321) let several checkouts test side by side.
 */
const base = Number(process.env.E2E_PORT ?? 4321);
export const DIST = process.env.E2E_DIST ?? 'dist';
export const SITES = { 'gia-lai': base, 'phu-tho': base + 1 } as const;
export type SiteId = keyof typeof SITES;

/** Absolute URL of a path on a province's built site. */
export const siteUrl = (site: SiteId, path = '/') => `http://localhost:${SITES[site]}${path}`;
