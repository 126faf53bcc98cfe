/** The provinces the browser tests visit and the port each built site is served on. */
export const SITES = { 'gia-lai': 4321, 'phu-tho': 4322 } as const;
export type SiteId = keyof typeof SITES;

/** Absolute URL of a path on a province's built site. */
export const siteUrl = (site: SiteId, path = '/') => `http://localhost:${SITES[site]}${path}`;
