/**
 * What the schemas' own cross-field checks find (a date before another, a language not configured),
 * as a code and its values: the issue carries the finding, so the content check says it in the
 * editor's language (format-issues.ts) and the build in Vietnamese, from one catalogue
 * (./messages/). It lives below the schemas, which raise these findings, because the messages
 * and format-issues.ts read its types and codes.
 */
import { say, type Finding } from '../finding.ts';
import { vi } from './messages/vi.ts';

export interface SchemaFindings {
  /** province.yaml: a fallback chain for a language the portal does not have. */
  'fallback-not-a-locale': { lang: string; locales: readonly string[] };
  /** province.yaml: a language in a chain that is not configured, or the language itself. */
  'fallback-unusable': { to: string; lang: string; others: readonly string[] };
  /** province.yaml: the calendar's last year before its first. */
  'calendar-years-reversed': { first: number; last: number };
  /** province.yaml: no name of the province in a configured language. */
  'province-name-missing': { lang: string };
  /** A spokesperson's term that ends before it starts. */
  'ends-before-start': { from: string; to: string };
  /** A plan's reporting deadline before the plan was issued. */
  'deadline-before-issue': { due: string; issuedOn: string };
  /** A real date whose year is outside the plausible window (0000, 9999). */
  'year-outside-window': { year: string; first: number; last: number };
}
export type SchemaFinding = Finding<SchemaFindings>;

/** Codes of the findings, to tell one from other params a custom issue may carry. */
const CODES: ReadonlySet<string> = new Set<keyof SchemaFindings>([
  'fallback-not-a-locale',
  'fallback-unusable',
  'calendar-years-reversed',
  'province-name-missing',
  'ends-before-start',
  'deadline-before-issue',
  'year-outside-window',
]);

export const isSchemaFinding = (value: unknown): value is SchemaFinding =>
  typeof value === 'object' &&
  value !== null &&
  'code' in value &&
  typeof value.code === 'string' &&
  CODES.has(value.code);

// A type, not an interface: zod's addIssue takes an object with an index signature.
type SchemaIssue = {
  code: 'custom';
  path: PropertyKey[];
  input: unknown;
  message: string;
  params: { finding: SchemaFinding };
};

/** The custom issue for `finding` at `path`: Vietnamese words (what the build prints), and the finding for the check. */
// The return type is written out: the catalogues' type reads the schemas, which call this.
export const schemaIssue = (finding: SchemaFinding, path: PropertyKey[], input: unknown): SchemaIssue => ({
  code: 'custom' as const,
  path,
  input,
  message: say(vi.schema, finding),
  params: { finding },
});
