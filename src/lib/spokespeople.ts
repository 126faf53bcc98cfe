/** Which spokespeople are in office on a given day (Decree 09/2017/NĐ-CP): current, former, not yet started. */
import { telUri } from './phone.ts';

export interface Tenure {
  /** First day in office, YYYY-MM-DD. */
  from: string;
  /** Last day in office, YYYY-MM-DD; absent while in office. */
  to?: string;
}

export type TenureState = 'current' | 'former' | 'upcoming';

/** The state of a tenure on `day` (YYYY-MM-DD); ISO dates compare as text. */
export function tenureOn(tenure: Tenure, day: string): TenureState {
  if (tenure.from > day) return 'upcoming';
  if (tenure.to !== undefined && tenure.to < day) return 'former';
  return 'current';
}

/**
 * Splits people into those in office on `day` (earliest appointed first) and former ones
 * (most recently departed first). People whose term has not started yet are left out.
 */
export function splitByTenure<T extends Tenure>(people: readonly T[], day: string): { current: T[]; former: T[] } {
  const current = people.filter((p) => tenureOn(p, day) === 'current').sort((a, b) => a.from.localeCompare(b.from));
  const former = people
    .filter((p) => tenureOn(p, day) === 'former')
    .sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || b.from.localeCompare(a.from));
  return { current, former };
}

/** A phone number as a tel: URI in international form (+84…), dialable from abroad. */
export const telHref = (phone: string): string => telUri(phone);
