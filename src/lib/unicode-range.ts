/** Reading CSS unicode-range values, to pick the font faces a piece of text needs. */

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]]. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    // split() gives at least one part: `from` is always there.
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** True when any character of `text` falls in the ranges. */
export function coversAny(ranges: [number, number][], text: string): boolean {
  return codePoints(text).some((code) => code > 0x7f && ranges.some(([a, b]) => code >= a && code <= b));
}

/** The code points of a text, in order (one per character, astral ones whole). */
export function codePoints(text: string): number[] {
  const codes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code !== undefined) codes.push(code);
  }
  return codes;
}
