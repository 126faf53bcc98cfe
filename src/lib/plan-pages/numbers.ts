/** Document numbers ("02/KH-UBND", "72/2015/NĐ-CP") compared and searched the way readers type them. */

/** A key equal for "72/2015/NĐ-CP", "72/2015/nd-cp" and "72 / 2015 / ND-CP": case, spaces, đ and diacritics folded. */
export function documentNumberKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/[–—]/gu, '-');
}

/** The parts of a number, folded: "157/KH-UBND" and "157 - kh/ubnd" → ["157", "kh", "ubnd"]. */
export function numberParts(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((word) => documentNumberKey(word).split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part !== '');
}

/** What a reader typed, without the words before "số" ("Kế hoạch số 157/KH-UBND" → 157, kh, ubnd). */
function queryParts(query: string): string[] {
  const parts = numberParts(query);
  const so = parts.indexOf('so');
  return so >= 0 && /^\d/u.test(parts[so + 1] ?? '') ? parts.slice(so + 1) : parts;
}

/**
 * True when what a reader typed (a whole or partial number) occurs in a document number, starting
 * at one of its parts, whatever separators, spaces, case or đ/d the reader used: "157 KH UBND",
 * "157-kh-ubnd" and "KH-UBND" all find 157/KH-UBND; "57/KH" does not.
 */
export function matchesNumber(query: string, number: string): boolean {
  const wanted = queryParts(query).join('');
  if (wanted === '') return false;
  const parts = numberParts(number);
  return parts.some((_, i) => parts.slice(i).join('').startsWith(wanted));
}

/** An id for an HTML anchor from a document number: "66/KH-UBND" → "so-66-kh-ubnd". */
export function numberAnchor(number: string): string {
  return `so-${documentNumberKey(number)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')}`;
}
