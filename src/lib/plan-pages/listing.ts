/** The plans index: plans grouped by year (newest first), each year's plans by level then issuer. */
import type { PlanFacts } from './types.ts';

const LEVEL_ORDER = ['province', 'department', 'district', 'commune'] as const;

export interface YearGroup<P> {
  year: number;
  plans: P[];
}

/** Groups plans by year, newest first; within a year province before department, district, commune, then by issuer name. */
export function plansByYear<P extends Pick<PlanFacts, 'year' | 'level' | 'slug'>>(
  plans: readonly P[],
  issuerName: (p: P) => string = (p) => p.slug,
): YearGroup<P>[] {
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    plans: plans
      .filter((p) => p.year === year)
      .sort(
        (a, b) =>
          LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
          issuerName(a).localeCompare(issuerName(b), 'vi') ||
          a.slug.localeCompare(b.slug),
      ),
  }));
}

/** Distinct values of a facet in first-seen order (for the index's "by level", "by issuer" lists). */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
