/**
 * Finds a word written twice in a row ("các các ngành", "các cơ cơ quan"), across line breaks,
 * which a dictionary check cannot see: each word alone is correct. Reduplications that are real
 * words ("dần dần", "ngày ngày", "năm năm"), or two words that meet ("hoàn thành thành công"), are
 * allowed; one-letter and all-capital tokens (initials, Roman numerals) are left alone.
 */
import { group } from './regex-group.ts';

export interface RepeatedWord {
  word: string;
  /** 1-based line and column of the second occurrence. */
  line: number;
  column: number;
}

/** Vietnamese and English words that may rightly follow themselves. */
const ALLOWED = new Set([
  'từ',
  'dần',
  'ngày',
  'người',
  'nhà',
  'đâu',
  'năm',
  'tháng',
  'đời',
  'xa',
  'thường',
  'lâu',
  'nơi',
  'ai',
  'thành',
  'gì',
  'mãi',
  'hai',
  'ba',
  'had',
  'that',
]);

export function repeatedWords(text: string): RepeatedWord[] {
  const out: RepeatedWord[] = [];
  const normal = text.normalize('NFC');
  // Words of letters only; anything but spaces and line breaks between two words breaks the pair.
  const pattern = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)(?=([ \t]*\r?\n?[ \t]*)([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}]))/gu;
  for (const m of normal.matchAll(pattern)) {
    const [first, second] = [group(m, 1), group(m, 3)];
    const lower = first.toLocaleLowerCase('vi');
    if (
      lower !== second.toLocaleLowerCase('vi') ||
      ALLOWED.has(lower) ||
      first.length < 2 ||
      first === first.toLocaleUpperCase('vi')
    )
      continue;
    const at = m.index + first.length + group(m, 2).length;
    const before = normal.slice(0, at);
    out.push({ word: second, line: before.split('\n').length, column: at - before.lastIndexOf('\n') });
  }
  return out;
}
