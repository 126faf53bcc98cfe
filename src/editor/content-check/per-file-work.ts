/**
 * The work of the check that reads one file and nothing else: its YAML or front matter parsed,
 * its body judged for unsafe markup, its internal links listed. Each is a function of its
 * arguments only, so a build may keep the results between runs, keyed by a digest of those
 * arguments and of this module's code (src/node/check-memo.ts). The passes that compare files
 * (references, links against the pages, duplicates, translations) always run, on these results.
 */
import { parseEntry, type Parsed, type Unreadable } from '../../lib/content-check/parse-entry.ts';
import { unsafeBody, type BodyFormat, type BodyProblem } from '../../lib/content-check/body-safety.ts';
import type { Messages } from '../../lib/content-check/messages/index.ts';
import { internalLinks } from '../../lib/content-check/links.ts';

export interface PerFileWork {
  parseEntry(path: string, text: string, m: Messages): Parsed | Unreadable;
  unsafeBody(body: string, format: BodyFormat, m: Messages): BodyProblem[];
  internalLinks(body: string, format: BodyFormat): { line: number; target: string }[];
}

/** Everything computed afresh: `npm run check`, the CMS and the tests. */
export const freshWork: PerFileWork = { parseEntry, unsafeBody, internalLinks };
