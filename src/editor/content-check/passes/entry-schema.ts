/** Schemas: each entry against its concept's schema (source, translation or data file). */
import { concepts, type ConceptName } from '../../../schemas/registry.ts';
import { issuesToProblems } from '../../../lib/format-issues.ts';
import { staleRateAge } from '../../../lib/invest/rate-age.ts';
import { isRecord } from '../../../lib/is-record.ts';
import type { Messages } from '../../../lib/content-check/messages/index.ts';
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';
import { atField, lineOf } from './problem.ts';

/** A Vietnamese source or a data file: the entry that holds the facts (translations hold text only). */
export const isSourceEntry = (e: EntryInfo<ConceptName>): boolean =>
  concepts[e.concept].kind === 'data' || e.lang === 'vi';

/** The schema's findings, and the parsed value when there are none. */
export function schemaProblems(e: EntryInfo<ConceptName>, m: Messages): { errors: ContentProblem[]; parsed?: unknown } {
  const c = concepts[e.concept];
  const schema = c.kind === 'data' ? c.schema : isSourceEntry(e) ? c.source : c.translation;
  const result = schema.safeParse(e.data, { reportInput: true });
  if (result.success) return { errors: [], parsed: result.data };
  return {
    errors: issuesToProblems(`content/${e.file}`, result.error.issues, m).map((p) => ({
      ...p,
      ...lineOf(e.lineOf, p.field),
    })),
  };
}

/** Every USD figure converts with the exchange rate: an old one is allowed but should be renewed (a warning). */
export function oldRateWarning(
  e: EntryInfo,
  parsed: unknown,
  m: Messages,
  today: string | undefined,
): ContentProblem | undefined {
  // `parsed` passed the exchange-rate schema, whose date is an ISO day.
  if (e.concept !== 'exchangeRates' || !today || !isRecord(parsed) || typeof parsed.date !== 'string') return undefined;
  const days = staleRateAge(parsed.date, today);
  return days === undefined ? undefined : atField(e, 'date', m.rateOld(parsed.date, days, today));
}
