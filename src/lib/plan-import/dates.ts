/** Reads Vietnamese dates ("ngày 15 tháng 6 năm 2023", "03/11/2023") as ISO strings, rejecting impossible days. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO date for day/month/year, or undefined when no such day exists (30/02). */
export function isoDate(day: number, month: number, year: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Both written forms, with an optional leading "ngày". */
export const DATE_PATTERN = String.raw`(?:ngày\s+)?(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))`;

/** Finds the first date in text; returns its ISO form and where it was found. */
export function findDate(text: string): { iso: string; index: number; length: number } | undefined {
  const re = new RegExp(DATE_PATTERN, 'u');
  const m = re.exec(text);
  if (!m) return undefined;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const iso = isoDate(Number(day), Number(month), Number(year));
  return iso === undefined ? undefined : { iso, index: m.index, length: m[0].length };
}

/** Parses a text that is just one date. */
export function parseDate(text: string): string | undefined {
  const found = findDate(text.trim());
  return found && found.index === 0 && found.length === text.trim().length ? found.iso : undefined;
}
