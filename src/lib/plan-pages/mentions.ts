/**
 * The documents a plan's text names by number ("… Kế hoạch số 157/KH-UBND ngày 22/01/2024 của …"),
 * so the number finder knows every number a reader could find in the plan with the site search.
 */
import { findDate } from '../plan-import/dates.ts';
import { KINDS } from '../plan-import/references.ts';
import { documentNumberKey } from './numbers.ts';
import type { CitationFacts } from './types.ts';

/** A kind, "số" if written, then a number: a digit first, a letter and a "/" or "-" somewhere, no trailing dot. */
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${KINDS.join('|')})\\s+(?:số\\s+)?(\\d[\\p{L}\\p{N}/&.-]*[\\p{L}\\p{N}])(?![\\p{L}\\p{N}/-])`,
  'giu',
);
const LOOKS_LIKE_NUMBER = /[/-].*\p{L}|\p{L}.*[/-]/u;
/** What may stand between a number and its date for the date to be the document's ("157/KH-UBND, ngày 22/01/2024"). */
const DATE_LEAD = /^[\s,]*$/u;

const canonicalKind = (written: string): string =>
  KINDS.find((k) => k.toLocaleLowerCase('vi') === written.toLocaleLowerCase('vi')) ?? written;

/** Each document the text names by kind and number, once per number, in order, with its date when given. */
export function mentionedDocuments(text: string): CitationFacts[] {
  const out = new Map<string, CitationFacts>();
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(MENTION)) {
    const [whole, kind = '', number = ''] = m;
    const key = documentNumberKey(number);
    if (!LOOKS_LIKE_NUMBER.test(number) || out.has(key)) continue;
    const end = m.index + whole.length;
    const after = nfc.slice(end, end + 40);
    const date = findDate(after);
    out.set(key, {
      kind: canonicalKind(kind),
      number,
      ...(date && DATE_LEAD.test(after.slice(0, date.index)) ? { date: date.iso } : {}),
    });
  }
  return [...out.values()];
}
