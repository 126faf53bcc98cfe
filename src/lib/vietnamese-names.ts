/**
 * Vietnamese proper names written in English without their diacritics. The portal's English pages
 * keep them ("President Hồ Chí Minh", "the Điện Biên Phủ Victory", "Xoan singing of Phú Thọ"); the
 * country's English name, "Viet Nam", is the one name English writes without them.
 */

/** Names whose English form drops the diacritics by convention. */
const ENGLISH_FORMS = new Set(['Việt Nam']);

const segmenter = new Intl.Segmenter('vi', { granularity: 'word' });

/** "Hồ Chí Minh" → "Ho Chi Minh" (đ → d). */
export const withoutDiacritics = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');

const hasDiacritics = (word: string): boolean => withoutDiacritics(word) !== word.normalize('NFC');
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The words of a text in runs: words joined by spaces only stay in one run ("Hà Nội – Điện Biên Phủ" is two). */
function wordRuns(text: string): string[][] {
  let run: string[] = [];
  const runs = [run];
  let gap = '';
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFC'))) {
    if (!isWordLike) {
      gap += segment;
      continue;
    }
    if (gap.trim() !== '') {
      run = [];
      runs.push(run);
    }
    run.push(segment);
    gap = '';
  }
  return runs.filter((words) => words.length > 0);
}

export interface VietnameseNames {
  /** Capitalised words with diacritics, but a sentence's first word when the next is not capitalised ("Hùng" in "Giỗ Tổ Hùng Vương"). */
  words: string[];
  /** Two or more capitalised words in a row, at least one with diacritics ("Hồ Chí Minh", "Hà Nội"). */
  runs: string[];
}

/** The proper names of a Vietnamese text, as its capitals mark them. */
export function vietnameseNames(text: string): VietnameseNames {
  const words = new Set<string>();
  const runs = new Set<string>();
  wordRuns(text).forEach((run, r) => {
    let current: string[] = [];
    const close = () => {
      // Every stretch of two or more: "Bác Hồ Chí Minh" yields "Hồ Chí Minh" too.
      for (let i = 0; i < current.length; i++)
        for (let j = i + 2; j <= current.length; j++) {
          const name = current.slice(i, j);
          if (name.some(hasDiacritics)) runs.add(name.join(' '));
        }
      current = [];
    };
    run.forEach((word, i) => {
      if (!capitalised(word)) return close();
      current.push(word);
      const sentenceStart = r === 0 && i === 0 && !capitalised(run[1] ?? '');
      if (hasDiacritics(word) && !sentenceStart) words.add(word);
    });
    close();
  });
  return { words: [...words], runs: [...runs] };
}

/**
 * The names of `names` that `english` writes without their diacritics, whole words only and with
 * the same capitals, the longest names only: ["Hùng"] for "Hung Kings Commemoration Day". "Viet Nam" is not counted.
 */
export function namesWithoutDiacritics(english: string, names: Iterable<string>): string[] {
  // "Minh's" is "Minh" for the name.
  const words = wordRuns(english)
    .flat()
    .map((word) => word.replace(/['’]s$/u, ''));
  // The words of "Viet Nam" belong to the country's English name: "Viet" there is not "Việt Minh" stripped.
  const conventional = new Set<number>();
  for (const form of ENGLISH_FORMS) {
    const bare = withoutDiacritics(form).split(' ');
    words.forEach((_, i) => {
      if (words.slice(i, i + bare.length).join(' ') === bare.join(' ')) bare.forEach((_, k) => conventional.add(i + k));
    });
  }
  const found: string[] = [];
  for (const name of names) {
    if (ENGLISH_FORMS.has(name)) continue;
    const bare = withoutDiacritics(name).split(' ');
    const at = (i: number) => bare.every((word, k) => words[i + k] === word && !conventional.has(i + k));
    if (words.some((_, i) => at(i))) found.push(name);
  }
  // The longest names only: "Hồ Chí Minh", not also "Hồ" and "Chí Minh".
  return found.filter((name) => !found.some((other) => other !== name && ` ${other} `.includes(` ${name} `)));
}
