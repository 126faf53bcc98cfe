/**
 * The text of capture group `n` of a match, for a group the pattern always captures (not inside
 * `?`, `|` or `*`). TypeScript types every group as possibly missing; this says which one is not,
 * and throws if a pattern was changed without the code that reads it.
 */
export function group(match: RegExpMatchArray, n: number): string {
  const text = match[n];
  if (text === undefined) throw new Error(`group ${n} of a match of "${match[0]}" is missing: the pattern has changed`);
  return text;
}
