/**
 * The years that get a calendar page. A province lists the span it wants (calendarYears), but the
 * coming-anniversaries lists link into the build year and the next, so those two are always built:
 * a span written in 2026 must not leave the links of a 2027 build pointing at missing pages.
 */
export function calendarYearRange(configured: readonly [number, number] | undefined, buildYear: number): number[] {
  const first = Math.min(configured?.[0] ?? buildYear, buildYear);
  const last = Math.max(configured?.[1] ?? buildYear + 1, buildYear + 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
