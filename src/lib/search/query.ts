/** What the search box sends to the index: the reader's words, with Khmer split the way the index was. */
import { foldD, khmerWords } from './aliases.ts';

/** Trims and collapses spaces; splits each Khmer run into its words so each is looked up on its own. */
export function prepareQuery(raw: string): string {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text.replace(/[\u1780-\u17FF\u19E0-\u19FF]+/g, (run) => {
    const words = khmerWords(run);
    return words.length > 1 ? words.join(' ') : run;
  });
}

/** Latin letters without their marks, lower case: "Cửa" → "cua", "Đoa" → "doa". */
export function foldMarks(word: string): string {
  return foldD(word.normalize('NFD')).replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** Latin letters carrying a mark (tone, hat, horn, breve) or "đ": the reader typed Vietnamese as written. */
const MARKED_LATIN = /[đĐ]|\p{Script=Latin}\p{M}/u;

/**
 * The reader's words, lower case, when they typed any Vietnamese mark: such a reader writes every
 * word as meant ("Lệ Thanh"), so only those spellings match ("cửa" is not "của"). Empty when they
 * typed none ("cua khau"): then any spelling of the letters is wanted. Pagefind folds marks unless told.
 */
export function typedWords(raw: string): string[] {
  const query = prepareQuery(raw);
  if (!MARKED_LATIN.test(query.normalize('NFD'))) return [];
  return query.toLowerCase().split(' ').filter(Boolean);
}
