/** How every pass of the content check writes a finding: the file as editors see it, the field, its line. */
import type { ContentProblem, EntryInfo } from '../../../lib/content-check/types.ts';

export const at = (file: string, field: string, message: string, line?: number): ContentProblem => ({
  file: `content/${file}`,
  field,
  message,
  ...(line ? { line } : {}),
});

/** A finding on a field of an entry, at that field's line. */
export const atField = (e: EntryInfo, field: string, message: string): ContentProblem =>
  at(e.file, field, message, e.lineOf?.(field));

/** The line of a field, to spread into a problem. */
export const lineOf = (lines: ((field: string) => number | undefined) | undefined, field: string) => {
  const line = lines?.(field);
  return line ? { line } : {};
};

/** Where the passes write: errors stop the build, warnings do not. */
export interface Findings {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}
