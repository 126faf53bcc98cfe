/**
 * Where a contact detail may wrap on a narrow screen. A phone number never wraps; an email address
 * wraps only after its @ and before its dots ("phatngon@ / gia-lai / .ttdn / .example"), never at a
 * hyphen or mid-word as `overflow-wrap: anywhere` did ("phatngon@g / ia- / lai…").
 */

/** The pieces of an email address kept whole, with a line break allowed between two pieces. */
export function emailPieces(email: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of email.trim()) {
    if (char === '.' && current) {
      pieces.push(current);
      current = '';
    }
    current += char;
    if (char === '@') {
      pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * A text that is only a phone number ("0256 0000 200", "+84 (256) 3822-123") with its spaces made
 * no-break, so it stays on one line in a table cell; any other text is returned unchanged.
 */
export function phoneKeptWhole(text: string): string {
  const value = text.trim();
  const digits = value.replace(/\D/g, '').length;
  if (digits < 8 || !/^\+?[\d (). -]+$/.test(value)) return text;
  return text.replace(/ /g, '\u00a0');
}
