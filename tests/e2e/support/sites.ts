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

/**
 * The fixture province (tests/fixtures/content/fixture, every entry sample data), built by
 * `npm run build:fixture` into dist-fixture/fixture/ (E2E_FIXTURE_DIST picks another folder).
 * Journeys that test code assert its facts, which no editor changes; the live provinces above
 * are left to the gates any correct content passes (tests/unit/journeys-name-no-live-content.test.ts).
 */
export const FIXTURE_DIST = process.env.E2E_FIXTURE_DIST ?? 'dist-fixture';
export const FIXTURE_PORT = base + 2;
export const fixtureUrl = (path = '/') => `http://localhost:${FIXTURE_PORT}${path}`;
