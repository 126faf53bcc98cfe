/** Reads the header: issuing body, "Số: 02/KH-UBND", "<place>, ngày … tháng … năm …", the title and its year. */
import { isoDate } from './dates.ts';
import { isAllCaps } from './clean-text.ts';
import { expandAbbreviations } from './units.ts';

export interface PlanHeader {
  number?: string;
  issuer?: string;
  place?: string;
  issuedOn?: string;
  title?: string;
  year?: number;
  /** Header paragraphs it could not place. */
  unparsed: string[];
}

const MOTTO_RE =
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/giu;
const NUMBER_RE = /(?<![\p{L}])Số\s*:\s*(\d[\p{L}\d/.&-]*[\p{L}\d])/u;
const PLACE_DATE_RE =
  /(?<![\p{L}\d/-])(\p{Lu}[\p{Ll}\p{M}]*\.?(?:\s+\p{Lu}[\p{Ll}\p{M}]*\.?)*),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const DOC_TYPE_RE = /^KẾ HOẠCH(?:\s+(.+))?$/u;
const BODY_START_RE = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|BAN|HỘI ĐỒNG NHÂN DÂN)(?=\s|$)/u;
const LEVEL_WORDS = new Set(['TỈNH', 'HUYỆN', 'XÃ', 'PHƯỜNG', 'QUẬN', 'THỊ', 'TRẤN', 'THÀNH', 'PHỐ']);
const YEAR_RE = /năm\s+(\d{4})/iu;

const titleWord = (w: string): string => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi');

/**
 * Writes a body's name from capitals: "ỦY BAN NHÂN DÂN TỈNH GIA LAI" → "Ủy ban nhân dân tỉnh Gia Lai" (place names
 * in title case); "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch" (each phrase capitalised).
 */
export function issuerFromCaps(caps: string): string {
  const lead = /^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\s*/u.exec(caps);
  const words = caps
    .slice(lead ? lead[0].length : 0)
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (lead)
    return [
      'Ủy ban nhân dân',
      ...words.map((w) => (LEVEL_WORDS.has(w) ? w.toLocaleLowerCase('vi') : titleWord(w))),
    ].join(' ');
  let phraseStart = true;
  return words
    .map((w, i) => {
      const lower = w.toLocaleLowerCase('vi');
      const out = lower === 'và' ? lower : phraseStart || i === 0 ? titleWord(w) : lower;
      phraseStart = i === 0 || lower === 'và' || w.endsWith(',');
      return out;
    })
    .join(' ');
}

/** The plan year: the first "năm YYYY" of the title. */
export function yearOf(title: string): number | undefined {
  const m = YEAR_RE.exec(title);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** Reads header paragraphs (everything before the first "Căn cứ", "Thực hiện…" or section). */
export function parseHeader(paragraphs: string[]): PlanHeader {
  const header: PlanHeader = { unparsed: [] };
  const issuerCaps: string[] = [];
  let afterDocType = false;
  let titleCandidate: string | undefined;
  for (const raw of paragraphs) {
    let text = raw.replace(MOTTO_RE, ' ');
    const number = NUMBER_RE.exec(text);
    if (number?.[1] !== undefined) {
      header.number = number[1];
      text = text.replace(number[0], ' ');
    }
    const placeDate = PLACE_DATE_RE.exec(text);
    if (placeDate) {
      const [all, place, d, m, y] = placeDate;
      const iso = isoDate(Number(d), Number(m), Number(y));
      if (iso !== undefined && place !== undefined) {
        header.place = place;
        header.issuedOn = iso;
      }
      text = text.replace(all, ' ');
    }
    text = text.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    const docType = DOC_TYPE_RE.exec(text);
    if (docType) {
      afterDocType = docType[1] === undefined;
      if (docType[1] !== undefined) header.title = docType[1];
      continue;
    }
    if (afterDocType && header.title === undefined) {
      header.title = text;
      afterDocType = false;
    } else if (isAllCaps(text) && (BODY_START_RE.test(text) || issuerCaps.length > 0) && header.title === undefined) {
      if (BODY_START_RE.test(text) && /^(?:ỦY|UỶ|UBND)/u.test(text)) issuerCaps.length = 0;
      issuerCaps.push(text);
    } else if (titleCandidate === undefined && header.title === undefined && !isAllCaps(text)) {
      titleCandidate = text;
    } else header.unparsed.push(raw);
  }
  if (header.title === undefined && titleCandidate !== undefined) header.title = titleCandidate;
  else if (titleCandidate !== undefined) header.unparsed.push(titleCandidate);
  if (issuerCaps.length > 0) header.issuer = issuerFromCaps(issuerCaps.join(' '));
  if (header.title !== undefined) header.year = yearOf(header.title);
  return header;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*`;
const COUNCIL = String.raw`(?:Ủy ban nhân dân|UBND)\s+(?:tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận)\s+${NAME}`;
/** "Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai": a department's name runs on through commas before a capital, never past another body. */
const DEPARTMENT = String.raw`(?:Sở|Ban)\s+\p{Lu}(?:(?!,\s*(?:Sở|Ban|UBND|Ủy ban)\s)(?!,\s*\p{Ll})[^.;:/])*?`;
const INTRO_ISSUER_RE = new RegExp(`(${COUNCIL}|${DEPARTMENT})\\s+(?:ban hành|xây dựng)\\s+(?:K|k)ế hoạch`, 'u');
const CLOSING_ISSUER_RE = new RegExp(
  `^Trên đây là (?:K|k)ế hoạch.*?\\bcủa\\s+(${COUNCIL}|${DEPARTMENT})(?=\\s*(?:[./;]|,\\s*\\p{Ll}|$))`,
  'u',
);

/**
 * The issuer named in the body when the header lacks it: "<UBND …|Sở …> ban hành/xây dựng Kế hoạch" in the
 * opening paragraphs (a "Thực hiện…" sentence included), else "Trên đây là Kế hoạch … của <UBND …|Sở …>".
 */
export function issuerFromText(intro: string[], closing: string | undefined): string | undefined {
  for (const paragraph of intro) {
    const m = INTRO_ISSUER_RE.exec(paragraph);
    if (m?.[1] !== undefined) return expandAbbreviations(m[1]);
  }
  const m = closing === undefined ? null : CLOSING_ISSUER_RE.exec(closing);
  return m?.[1] === undefined ? undefined : expandAbbreviations(m[1]);
}
