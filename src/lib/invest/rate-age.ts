/** How old the exchange rate is on the build date, and when that is too old to convert with unremarked. */

/** A rate older than this many days gets a warning in the content check. */
export const RATE_MAX_AGE_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `rateDate` to `today` (both YYYY-MM-DD, read as UTC days). */
export function rateAgeDays(rateDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${rateDate}T00:00:00Z`)) / DAY_MS);
}

/** The rate's age when it is older than RATE_MAX_AGE_DAYS on `today`, else undefined. */
export function staleRateAge(rateDate: string, today: string): number | undefined {
  const days = rateAgeDays(rateDate, today);
  return days > RATE_MAX_AGE_DAYS ? days : undefined;
}
