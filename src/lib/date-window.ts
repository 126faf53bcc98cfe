/**
 * The years a date in content may fall in. "0000-01-01" and "9999-12-31" are real calendar dates,
 * so a typo like them passes the date format; every date field also checks its year against this
 * window.
 *
 * The last year follows the build date (BUILD_DATE or the last commit, src/node/build-date.ts),
 * which a schema may not read: schemas are pure, and also run in the CMS config generator and in
 * unit tests. Zod has no per-parse context, and building every schema per window would thread the
 * window through the registry, the content config and every import of a schema. So the window is a
 * module-level setting the date type reads when it parses, and the two places that parse content
 * for a build set it from one function, `useBuildDateWindow()` in src/node/date-window.ts: the
 * content check (src/node/run-check.ts, which `npm run check` and the build both run) and the
 * content collections (src/content.config.ts). Until set, the window ends with DEFAULT_LAST_YEAR.
 * It lives in src/lib, below the schemas (src/schemas/localized.ts) that read it, because the
 * check's messages (format-issues.ts) name the same window.
 */
import { say } from './finding.ts';
import { vi } from './content-check/messages/vi.ts';
import type { SchemaFindings } from './content-check/schema-findings.ts';

export interface DateWindow {
  firstYear: number;
  lastYear: number;
}

/**
 * 1800, not 1900: the anniversary calendar counts from historical days (the earliest held is
 * Hồ Chí Minh's birth, 1890-05-19, content/national/anniversaries/), a province's own history
 * (a town's founding, a relic's first record) reaches further back, and a place's sources may be
 * old books. One floor for every field keeps one rule; it still refuses 0000 or a year missing a digit.
 */
export const FIRST_YEAR = 1800;
/** Press conferences, deadlines and plans are announced ahead, but not by more than a decade. */
export const YEARS_AHEAD = 10;
/** The ceiling before any build date is known (plan years already stop there). */
export const DEFAULT_LAST_YEAR = 2100;

export const dateWindowFor = (buildDate: string): DateWindow => ({
  firstYear: FIRST_YEAR,
  lastYear: Number(buildDate.slice(0, 4)) + YEARS_AHEAD,
});

let current: DateWindow = { firstYear: FIRST_YEAR, lastYear: DEFAULT_LAST_YEAR };

export function setDateWindow(window: DateWindow): void {
  current = { ...window };
}

export const dateWindow = (): DateWindow => ({ ...current });

/** Why the year of a YYYY-MM-DD date is implausible, in the editor's words, or undefined. */
export function yearProblem(isoDate: string, window: DateWindow = current): string | undefined {
  const finding = yearFinding(isoDate, window);
  return finding && say(vi.schema, finding);
}

/** The year of `isoDate` outside the window, as a finding the check says in the editor's language. */
export function yearFinding(
  isoDate: string,
  window: DateWindow = current,
): (SchemaFindings['year-outside-window'] & { code: 'year-outside-window' }) | undefined {
  const year = Number(isoDate.slice(0, 4));
  if (!Number.isInteger(year) || (year >= window.firstYear && year <= window.lastYear)) return undefined;
  return { code: 'year-outside-window', year: isoDate.slice(0, 4), first: window.firstYear, last: window.lastYear };
}
