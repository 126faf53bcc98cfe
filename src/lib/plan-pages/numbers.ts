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

/** True when what a reader typed (a whole or partial number) occurs in a document number. */
export function matchesNumber(query: string, number: string): boolean {
  const q = documentNumberKey(query);
  return q !== '' && documentNumberKey(number).includes(q);
}

/** An id for an HTML anchor from a document number: "66/KH-UBND" → "so-66-kh-ubnd". */
export function numberAnchor(number: string): string {
  return `so-${documentNumberKey(number).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '')}`;
}
