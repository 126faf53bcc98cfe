/**
 * vCard 3.0 (RFC 2426) for spokespeople: UTF-8, CRLF, lines folded at 75 octets.
 *
 * Written here instead of with `vcards-js` (2.11), whose output is not fit for a deterministic,
 * Vietnamese-language site: it always adds `REV:<now>` (the same input never gives the same bytes),
 * folds at 75 UTF-16 code units rather than 75 octets (a Vietnamese line runs to ~100 octets and a
 * surrogate pair can be cut in two), and leaves `;` unescaped in ORG and TITLE, so
 * "Sở Ngoại vụ; Phòng…" would be read as an organisation plus a unit.
 */

import { internationalPhone } from './phone.ts';

export interface VcardPerson {
  /** Full name in Vietnamese order, family name first ("Nguyễn Văn An"). */
  name: string;
  /** Given name(s); by default every word after the first of `name`. */
  givenName?: string;
  /** Family name; by default the first word of `name`. */
  familyName?: string;
  title: string;
  organization: string;
  phone: string;
  email: string;
  url?: string;
  note?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 2426 §4: backslash, comma, semicolon, newline). */
export const escapeText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');

/** Folds a content line so no physical line exceeds 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** One person's card. */
export function vcard(person: VcardPerson): string {
  const words = person.name.trim().split(/\s+/);
  const family = person.familyName ?? words[0] ?? '';
  const given = person.givenName ?? words.slice(1).join(' ');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(person.name.trim())}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
    `ORG:${escapeText(person.organization)}`,
    `TITLE:${escapeText(person.title)}`,
    `TEL;TYPE=WORK,VOICE:${internationalPhone(person.phone)}`,
    `EMAIL;TYPE=INTERNET:${person.email.trim()}`,
  ];
  if (person.url) lines.push(`URL:${person.url.trim()}`);
  if (person.note) lines.push(`NOTE:${escapeText(person.note)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Several cards in one .vcf file, in the order given. */
export const vcardDirectory = (people: readonly VcardPerson[]): string => people.map(vcard).join('');
