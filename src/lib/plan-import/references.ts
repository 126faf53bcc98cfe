/** Reads cited documents ("Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về …"). */
import { findDate } from './dates.ts';
import { expandAbbreviations } from './units.ts';
import type { PlanReference } from './types.ts';

/** The kinds of document a Vietnamese text cites ("Nghị định số …"), longest first where one starts another. */
export const KINDS = [
  'Thông tư liên tịch',
  'Nghị định',
  'Thông tư',
  'Kế hoạch',
  'Kết luận',
  'Quyết định',
  'Công văn',
  'Nghị quyết',
  'Chỉ thị',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Chương trình',
  'Hướng dẫn',
  'Thông báo',
  'Đề án',
  'Văn bản',
];
const KIND_RE = new RegExp(`^(${KINDS.join('|')})(?=\\s|$)`, 'iu');
/** Words that end the issuer and begin the title (trích yếu). */
const TITLE_START = String.raw`(?:về|V\/v|hướng dẫn|quy định|ban hành|phê duyệt|triển khai|thực hiện|tổ chức)`;
const ISSUER_RE = new RegExp(String.raw`^,?\s*(?:của\s+)?(.+?)(?:\s+(${TITLE_START}(?=\s|$).*))?$`, 'u');
const LEAD_RE = /^(?:Căn cứ|Thực hiện|Triển khai(?: thực hiện)?|Thi hành)\s+/u;
/** "Căn cứ …" paragraphs and "Thực hiện Kế hoạch số …" paragraphs. */
export const BASIS_RE = /^Căn cứ\s/u;
export const IMPLEMENTS_RE = new RegExp(
  `^(?:Thực hiện|Triển khai(?: thực hiện)?|Thi hành)\\s+(?:${KINDS.join('|')})\\s`,
  'iu',
);

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Splits "… năm 2022. UBND xã xây dựng Kế hoạch …" into the citation sentence and what follows. */
export function splitFirstSentence(paragraph: string): [string, string | undefined] {
  const m = /(?<=[\p{Ll}\d)]{2})\.\s+(?=\p{Lu})/u.exec(paragraph);
  if (!m) return [paragraph, undefined];
  return [paragraph.slice(0, m.index + 1), paragraph.slice(m.index + m[0].length)];
}

/** Splits a paragraph citing several documents ("Nghị định …; Thông tư …") into one text per document. */
export function splitCitations(text: string): string[] {
  const body = text.replace(LEAD_RE, '');
  return body.split(new RegExp(`;\\s+(?=(?:${KINDS.join('|')})\\s)`, 'u')).map((part) => part.trim());
}

/** Reads one cited document; fields it cannot find are left out. */
export function parseReference(text: string): PlanReference {
  const ref: PlanReference = { text };
  let rest = text.replace(LEAD_RE, '').replace(/[;.,\s]+$/u, '');
  const kind = KIND_RE.exec(rest);
  if (kind?.[1] === undefined) return ref;
  ref.kind = capitalise(kind[1].toLocaleLowerCase('vi'));
  rest = rest.slice(kind[0].length).trim();
  const number = /^(?:số\s+)?(\d[\p{L}\d/&.-]*[\p{L}\d])(?=[\s,;]|$)/u.exec(rest);
  if (number?.[1] !== undefined) {
    ref.number = number[1];
    rest = rest.slice(number[0].length);
  }
  const date = findDate(rest);
  if (date && /^[\s,]*$/u.test(rest.slice(0, date.index))) {
    ref.date = date.iso;
    rest = rest.slice(date.index + date.length);
  }
  rest = rest.trim();
  if (/^,?\s*của\s/u.test(rest)) {
    const m = ISSUER_RE.exec(rest);
    if (m?.[1] !== undefined) ref.issuer = expandAbbreviations(m[1].trim());
    rest = m?.[2] ?? '';
  }
  const title = rest.replace(/^(?:về việc|về|V\/v)\s+/u, '').trim();
  if (title.length > 0) ref.title = capitalise(title);
  return ref;
}

/** Reads "Căn cứ …" and "Thực hiện Kế hoạch số …" paragraphs; returns the citations and the leftover sentences. */
export function parseReferences(paragraphs: string[]): {
  basis: PlanReference[];
  implements: PlanReference[];
  rest: string[];
} {
  const basis: PlanReference[] = [];
  const implemented: PlanReference[] = [];
  const rest: string[] = [];
  for (const paragraph of paragraphs) {
    const target = BASIS_RE.test(paragraph) ? basis : IMPLEMENTS_RE.test(paragraph) ? implemented : undefined;
    if (!target) {
      rest.push(paragraph);
      continue;
    }
    const [sentence, after] = splitFirstSentence(paragraph);
    target.push(...splitCitations(sentence).map(parseReference));
    if (after !== undefined) rest.push(after);
  }
  return { basis, implements: implemented, rest };
}
