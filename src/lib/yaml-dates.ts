/** Astro's YAML reader turns 2024-03-05 into a Date; schemas expect the text the editor wrote. */

/** Recursively turns Date values back into YYYY-MM-DD strings. */
export function datesToIso(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesToIso);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datesToIso(v)]));
  return value;
}
