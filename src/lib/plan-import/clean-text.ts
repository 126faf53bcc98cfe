/** Turns text extracted from a PDF, DOCX or Markdown plan into clean paragraphs without page debris. */

/** How line breaks in the source should be read. */
export type SourceLayout = 'pdf' | 'paragraphs' | 'markdown';

const URL_RE = /\bhttps?:\/\/\S+/gu;
const PAGE_NUMBER_RE = /^(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/iu;
const ROMAN_HEADING_RE = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s/u;
const NUMBERED_HEADING_RE = /^\d{1,2}(?:\.\d{1,2})*\.\s+\S/u;
const BULLET_RE = /^[-–•+*]\s*\p{Lu}/u;
const DOC_KINDS =
  'Kế hoạch|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Công văn|Kết luận|Chương trình|Đề án|Luật|Hướng dẫn|Thông báo';
const STARTER_RE = new RegExp(
  `^(?:Căn cứ\\s|Số:|Độc lập\\s|\\p{Lu}[\\p{L} .]{1,40}, ngày \\d{1,2} tháng|(?:Thực hiện|Triển khai) (?:${DOC_KINDS}) số|Nơi nhận|(?:TM|KT|TL|TUQ)\\.\\s|Trên đây là\\s)`,
  'u',
);
const DOC_REF_RE = new RegExp(`^(?:${DOC_KINDS})\\s+(?:số\\s+)?\\d`, 'u');
const UPPER_START_RE = /^\p{Lu}/u;
const PROPER_PAIR_RE = /^\p{Lu}\p{Ll}*\s+\p{Lu}/u;
const TERMINAL_RE = /[.!?…:]["”»)]?$/u;

/** True when a line has letters and all of them are capitals (a heading or signature line). */
export function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** True when a line must begin a new paragraph whatever precedes it. */
export function startsParagraph(line: string): boolean {
  return ROMAN_HEADING_RE.test(line) || NUMBERED_HEADING_RE.test(line) || BULLET_RE.test(line) || STARTER_RE.test(line);
}

/** Normalises Unicode and spacing and drops URLs and page numbers; returns null for a debris line. */
export function cleanLine(raw: string): string | null {
  const line = raw
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/gu, '')
    .replace(URL_RE, '')
    .replace(/[\s\u00A0]+/gu, ' ')
    .trim();
  if (line === '' || PAGE_NUMBER_RE.test(line)) return null;
  return line;
}

function lastWord(line: string): string {
  return line.split(' ').at(-1) ?? '';
}

/** Words that cannot end a sentence: a line ending with one runs on. */
const RUN_ON_WORDS = new Set([
  'của',
  'và',
  'về',
  'với',
  'cho',
  'tại',
  'theo',
  'trên',
  'trong',
  'đến',
  'từ',
  'giữa',
  'số',
  'ngày',
  'các',
  'những',
  'là',
  'do',
  'để',
  'nhằm',
  'thuộc',
]);

/**
 * Decides whether line `next` continues `paragraph` (the text gathered so far); `titleLike` marks a
 * paragraph read as a heading although unnumbered (the plan's subject line).
 */
export function continues(paragraph: string, next: string, titleLike = false): boolean {
  if (startsParagraph(next)) return false;
  const heading = ROMAN_HEADING_RE.test(paragraph);
  if (isAllCaps(paragraph)) return heading && (isAllCaps(next) || /^\d/u.test(next));
  if (/-$/u.test(paragraph)) return true;
  if (isAllCaps(next)) return false;
  if (!UPPER_START_RE.test(next)) return true;
  if (TERMINAL_RE.test(paragraph)) return false;
  if (/,$/u.test(paragraph)) return true;
  if (/;$/u.test(paragraph)) return !/^(?:Căn cứ|Thực hiện)\s/u.test(paragraph);
  if (!heading && !titleLike && !NUMBERED_HEADING_RE.test(paragraph)) return true;
  if (DOC_REF_RE.test(next)) return true;
  const word = lastWord(paragraph);
  if (RUN_ON_WORDS.has(word)) return true;
  if (isAllCaps(word)) return false;
  return UPPER_START_RE.test(word) || PROPER_PAIR_RE.test(next);
}

function join(prev: string, next: string): string {
  if (/\S-$/u.test(prev)) return prev + next;
  return `${prev} ${next}`;
}

function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^\*\s+/u, '- ')
    .replace(/\*\*|__/gu, '');
}

/** True when the last paragraph is the first one or follows a document-type line such as "KẾ HOẠCH". */
function isTitleLike(paragraphs: string[]): boolean {
  const before = paragraphs.at(-2);
  if (paragraphs.length === 1) return true;
  return before !== undefined && isAllCaps(before) && !startsParagraph(before) && !ROMAN_HEADING_RE.test(before);
}

/** Splits source text into clean paragraphs according to its layout. */
export function cleanParagraphs(text: string, layout: SourceLayout = 'pdf'): string[] {
  const paragraphs: string[] = [];
  let blankSeen = true;
  for (const raw of text.replace(/\r\n?|\f/gu, '\n').split('\n')) {
    const line = cleanLine(layout === 'markdown' ? stripMarkdown(raw) : raw);
    if (line === null) {
      if (raw.trim() === '') blankSeen = true;
      continue;
    }
    const current = paragraphs.at(-1);
    const glue =
      current !== undefined &&
      (layout === 'pdf'
        ? continues(current, line, isTitleLike(paragraphs))
        : layout === 'markdown' && !blankSeen && !startsParagraph(line));
    if (glue && current !== undefined) paragraphs[paragraphs.length - 1] = join(current, line);
    else paragraphs.push(line);
    blankSeen = false;
  }
  return paragraphs;
}

/** Cleans a whole text: paragraphs separated by blank lines. */
export function cleanText(text: string, layout: SourceLayout = 'pdf'): string {
  return cleanParagraphs(text, layout).join('\n\n');
}
