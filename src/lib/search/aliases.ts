/**
 * Search aliases: extra words written into the copy of a page that only the search index sees,
 * so that "dak doa" finds "Đak Đoa" and one Khmer word finds a Khmer phrase written without
 * spaces. Each alias follows its word, marked by ALIAS_MARK so results can hide it again.
 */

/** A private-use character: the index drops it from the word, the result renderer hides the token. */
export const ALIAS_MARK = '\uE000';

/** Khmer script (U+1780–U+17FF, U+19E0–U+19FF). */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;
const KHMER_RUN = /[\u1780-\u17FF\u19E0-\u19FF]+/g;
/** A letter that gives a word aliases: đ/Đ or Khmer. */
const HAS_ALIAS = /[đĐ\u1780-\u17FF\u19E0-\u19FF]/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/** "Đak Đoa" → "Dak Doa": the one Vietnamese letter that Unicode does not decompose into d + a mark. */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The dictionary words of the Khmer runs in `text`, in order ("ខេត្តហ្សាឡាយ" → several words). */
export function khmerWords(text: string): string[] {
  const words: string[] = [];
  for (const run of text.match(KHMER_RUN) ?? []) {
    for (const part of segmenter('km').segment(run)) if (part.isWordLike) words.push(part.segment);
  }
  return words;
}

/** The aliases of one whitespace-free word: its "đ"-folded form, its Khmer words when it holds more than one. */
export function aliasesOf(word: string): string[] {
  const out = new Set<string>();
  const folded = foldD(word);
  if (folded !== word) out.add(folded);
  if (KHMER.test(word)) {
    const parts = khmerWords(word);
    if (parts.length > 1) for (const p of parts) out.add(p);
  }
  return [...out];
}

/** Writes each word's aliases after it: "Đak Đoa" → "Đak \uE000Dak Đoa \uE000Doa". Whitespace is kept. */
export function withAliases(text: string): string {
  // Only words with a "đ" or Khmer letters get aliases: skip the rest without looking at each word.
  if (!HAS_ALIAS.test(text)) return text;
  return text.replace(/[^\s]+/g, (word) => {
    if (!HAS_ALIAS.test(word)) return word;
    const aliases = aliasesOf(word);
    return aliases.length ? `${word} ${aliases.map((a) => ALIAS_MARK + a).join(' ')}` : word;
  });
}

/** Removes alias tokens from indexed text (titles, excerpts) before a reader sees it. */
export function withoutAliases(text: string): string {
  return text.replace(new RegExp(`\\s*${ALIAS_MARK}[^\\s]*`, 'g'), '');
}
