/**
 * How much of a page's text is Vietnamese, judged from the letters alone (not from `lang`
 * attributes, which is what is being checked): a block of text (a paragraph, a list item, a table
 * cell…) counts as Vietnamese when at least a fifth of its words carry a letter only Vietnamese
 * uses (đ, ơ, ư, ă, â, ê, ô, or a tone mark). A Vietnamese name inside an English sentence stays
 * below that fifth; a Vietnamese sentence, whose toneless words ("tin", "xa") carry no mark, does
 * not.
 */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const WORD = /[\p{L}\p{M}]+/gu;

export interface LanguageShare {
  /** Letters in all blocks. */
  letters: number;
  /** Letters in blocks judged Vietnamese. */
  vietnameseLetters: number;
  /** vietnameseLetters / letters, 0 for an empty page. */
  share: number;
  /** Words carrying a Vietnamese-specific letter, over all words (a second, rougher figure). */
  markedWordShare: number;
}

export const isVietnameseBlock = (text: string): boolean => {
  const words = text.normalize('NFC').match(WORD) ?? [];
  return words.length > 0 && words.filter((w) => VIETNAMESE_LETTER.test(w)).length / words.length >= 0.2;
};

export function languageShare(blocks: readonly string[]): LanguageShare {
  let letters = 0;
  let vietnameseLetters = 0;
  let words = 0;
  let marked = 0;
  for (const block of blocks) {
    const found = block.normalize('NFC').match(WORD) ?? [];
    const n = found.reduce((sum, w) => sum + [...w].length, 0);
    letters += n;
    words += found.length;
    marked += found.filter((w) => VIETNAMESE_LETTER.test(w)).length;
    if (isVietnameseBlock(block)) vietnameseLetters += n;
  }
  return {
    letters,
    vietnameseLetters,
    share: letters ? vietnameseLetters / letters : 0,
    markedWordShare: words ? marked / words : 0,
  };
}
