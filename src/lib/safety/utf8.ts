/**
 * Text files of content (Markdown, MDX, YAML) are UTF-8, strictly. A file saved in another
 * encoding (Windows-1258, VNI, TCVN3) would otherwise be published with "�" in place of every
 * accented letter, and a "�" already in the text means a copy went wrong once.
 */

import type { Finding } from '../finding.ts';

/** Why a text file cannot be published (the words are in content-check/messages/). */
export interface Utf8Problems {
  /** The bytes are not UTF-8; `line` holds the first character that cannot be read. */
  'not-utf8': { line: number };
  /** The text holds U+FFFD, the mark of a failed conversion, first on `line`. */
  'replacement-char': { line: number };
}
export type Utf8Problem = Finding<Utf8Problems>;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const REPLACEMENT = '\uFFFD';

/** 1-based line of the character at `index`. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Why `text` cannot be published (it holds U+FFFD, the mark of a failed conversion), or undefined. */
export function replacementCharProblem(text: string): Utf8Problem | undefined {
  const at = text.indexOf(REPLACEMENT);
  return at < 0 ? undefined : { code: 'replacement-char', line: lineAt(text, at) };
}

/**
 * The text of a file's bytes decoded as strict UTF-8, or why it cannot be. A UTF-8 byte
 * order mark is accepted and dropped, as Astro does (its front-matter reader and YAML parser skip it).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: Utf8Problem } {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const shown = lenient.decode(bytes);
    return { problem: { code: 'not-utf8', line: lineAt(shown, shown.indexOf(REPLACEMENT)) } };
  }
  const problem = replacementCharProblem(text);
  return problem ? { problem } : { text };
}
