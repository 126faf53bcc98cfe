/**
 * Excerpts for search results from a page's indexed text and the word positions the index
 * matched: alias tokens are hidden and a match on an alias marks the word it stands for.
 */
import { ALIAS_MARK } from './aliases.ts';
import { foldMarks } from './query.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Words of the indexed text exactly as the index counts them (split on whitespace). */
function words(content: string): string[] {
  return content.split(/\s+/).filter(Boolean);
}

/** The letters of a word, without the punctuation around it: "(Cửa)" → "Cửa". */
const letters = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

/**
 * Whether a matched word is one the reader typed (`typed`, from typedWords): false only for a word
 * that differs from every typed word in its marks alone ("của" for "cửa"), which the index matched
 * by folding them. A typed word may be the start of the word (the index matches prefixes).
 */
export function spelledAsTyped(word: string, typed: readonly string[]): boolean {
  if (!typed.length) return true;
  const w = letters(word).normalize('NFC');
  if (typed.some((q) => w.startsWith(q))) return true;
  const folded = foldMarks(w);
  return !typed.some((q) => folded.startsWith(foldMarks(q)));
}

/**
 * A window of about `size` visible words around the densest matches, as word and space parts to
 * render; with `typed`, a match that differs from the reader's words only in its marks is not one.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  size = 30,
  typed: readonly string[] = [],
): ExcerptPart[] {
  const all = words(content);
  // Visible words and, for every indexed word, the visible word it belongs to.
  const visible: string[] = [];
  const owner: number[] = [];
  for (const w of all) {
    if (!w.startsWith(ALIAS_MARK) || visible.length === 0) visible.push(w.startsWith(ALIAS_MARK) ? w.slice(1) : w);
    owner.push(visible.length - 1);
  }
  const marked = new Set(
    locations
      .map((l) => owner[l])
      .filter((o): o is number => o !== undefined && spelledAsTyped(visible[o] ?? '', typed)),
  );
  const sorted = [...marked].sort((a, b) => a - b);
  // Start where the window holds the most matches, a few words before the first of them.
  let best = 0;
  let bestCount = -1;
  for (const start of sorted) {
    const count = sorted.filter((m) => m >= start && m < start + size).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const from = Math.max(0, Math.min(best - 5, visible.length - size));
  const to = Math.min(visible.length, from + size);
  const parts: ExcerptPart[] = from > 0 ? [{ text: '… ', mark: false }] : [];
  for (const [k, word] of visible.slice(from, to).entries()) {
    if (k > 0) parts.push({ text: ' ', mark: false });
    parts.push({ text: word, mark: marked.has(from + k) });
  }
  if (to < visible.length) parts.push({ text: ' …', mark: false });
  return parts;
}
