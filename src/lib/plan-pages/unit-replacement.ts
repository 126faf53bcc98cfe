/** What replaced a unit the 2025 reforms merged, renamed or dissolved: its last day and the units that took over. */

export interface Replacement<U> {
  /** Its last day, YYYY-MM-DD. */
  until: string;
  /** The units that took over its work, in the order the unit's file lists them. */
  successors: U[];
}

/**
 * The replacement notice's facts, or undefined for a unit that still exists or ended without a
 * successor (its last day is then shown on its own). Successors not among `units` are skipped: the
 * content check reports them.
 */
export function replacementOf<U>(
  unit: { until?: string; successors: readonly string[] },
  units: ReadonlyMap<string, U>,
): Replacement<U> | undefined {
  if (unit.until === undefined) return undefined;
  const successors = unit.successors.flatMap((slug) => {
    const found = units.get(slug);
    return found === undefined ? [] : [found];
  });
  return successors.length > 0 ? { until: unit.until, successors } : undefined;
}

/**
 * The units whose work passed to `slug` (they list it among their successors), those of its own kind first
 * (a commune's former committee before its posts), then by slug: a successor's page names them, so a new
 * commune's committee with the old one's name reads as the new one.
 */
export function predecessorsOf<U extends { slug: string; kind: string; successors: readonly string[] }>(
  slug: string,
  units: ReadonlyMap<string, U>,
): U[] {
  const kind = units.get(slug)?.kind;
  const rank = (u: U) => (u.kind === kind ? 0 : 1);
  return [...units.values()]
    .filter((u) => u.successors.includes(slug))
    .sort((a, b) => rank(a) - rank(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
