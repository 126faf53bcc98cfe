/**
 * The work of the check that reads one file and nothing else: its YAML or front matter parsed,
 * its body judged for unsafe markup, its internal links listed. Each is a function of its
 * arguments only, so a build may keep the results between runs, keyed by a digest of those
 * arguments and of this module's code (src/node/check-memo.ts). The passes that compare files
 * (references, links against the pages, duplicates, translations) always run, on these results.
 */
import { parseEntry, type Parsed, type Unreadable } from '../../lib/content-check/parse-entry.ts';
import { unsafeBody, unsafeBodyIn, type BodyFormat, type BodyProblem } from '../../lib/content-check/body-safety.ts';
import { parseBody } from '../../lib/content-check/body-tree.ts';
import type { Messages } from '../../lib/content-check/messages/index.ts';
import { internalLinks, internalLinksIn } from '../../lib/content-check/links.ts';

export interface PerFileWork {
  parseEntry(path: string, text: string, m: Messages): Parsed | Unreadable;
  unsafeBody(body: string, format: BodyFormat, m: Messages): BodyProblem[];
  internalLinks(body: string, format: BodyFormat): { line: number; target: string }[];
}

/** Everything computed afresh: `npm run check`, the CMS and the tests. */
export const freshWork: PerFileWork = { parseEntry, unsafeBody, internalLinks };

/**
 * Computed afresh like freshWork, with each body parsed once for both questions: the links are
 * listed while the body is judged and kept until the links pass asks for them (a check judges
 * every body, then reads every body's links; parsing was a quarter of a cold check). One per run:
 * what is never asked for stays until the run's work is dropped.
 */
export function onceParsedWork(): PerFileWork {
  // Keyed by the body itself (the entry's own string, whose hash V8 keeps), one map per format.
  const links: Record<BodyFormat, Map<string, { line: number; target: string }[]>> = { md: new Map(), mdx: new Map() };
  return {
    parseEntry,
    unsafeBody(body, format, m) {
      const parsed = parseBody(body, format);
      links[format].set(body, internalLinksIn(parsed));
      return unsafeBodyIn(body, parsed, m);
    },
    internalLinks(body, format) {
      const listed = links[format].get(body);
      if (!listed) return internalLinks(body, format);
      links[format].delete(body);
      return listed;
    },
  };
}
