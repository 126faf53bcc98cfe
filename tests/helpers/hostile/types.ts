/**
 * A hostile edit to content: files laid over tests/fixtures/content (text, raw bytes, or a
 * symlink), and what must happen. Each class of attack keeps its cases in its own module here;
 * `index.ts` gathers them for the suites that run them.
 */

/** A file's new content: text (UTF-8), raw bytes, or a symbolic link to `target`. */
export type HostileFile = string | Uint8Array | { symlink: string };

/** The check (and the build, which runs the same rules) refuses the edit with this message. */
export interface Refused {
  /** Path under content/ that the message names. */
  file: string;
  /**
   * The field the message names, as a path ("sources[1].url": the message names it by its label,
   * "Địa chỉ (sources[1].url)"), or a part of the file as the message writes it ("(nội dung, dòng 9)"),
   * or a pattern for what follows the file name.
   */
  field: string | RegExp;
  message: RegExp;
}

/**
 * The edit is legitimate and is published: the page at `path` of the fixture province (built once
 * with every accepted case), opened without any CSP, must run no script, open no dialog, navigate
 * nowhere and request nothing outside its origin.
 */
export interface Accepted {
  path: string;
  /** Text the page must show, proving the content arrived (as text, not markup). */
  shows?: string;
}

export type AttackClass =
  'code at build time' | 'script and markup' | 'URL schemes' | 'files' | 'names' | 'values' | 'encoding';

export interface HostileCase {
  name: string;
  class: AttackClass;
  files: Record<string, HostileFile>;
  /** Files of the fixture removed for this case. */
  remove?: string[];
  outcome: { refused: Refused } | { accepted: Accepted };
  /** Also run the full build and expect it to refuse with the same message (costly: a few cases per class). */
  alsoBuild?: boolean;
}
