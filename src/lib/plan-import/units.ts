/** Splits unit lists ("Sở A; Báo B, Ủy ban nhân dân các huyện") into names and collects distinct units. */
import { unitSlug } from './unit-slug.ts';

const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}\d])UBND(?![\p{L}\d])/gu, 'Ủy ban nhân dân'],
  [/(?<![\p{L}\d])HĐND(?![\p{L}\d])/gu, 'Hội đồng nhân dân'],
];

/** Writes out "UBND" and "HĐND" in a body's name. */
export function expandAbbreviations(name: string): string {
  return ABBREVIATIONS.reduce((s, [re, full]) => s.replace(re, full), name);
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** Words that begin a unit's name, so that ", Sở …" starts a new unit but ", Thể thao và Du lịch" does not. */
const UNIT_HEADS = [
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'HĐND',
  'Sở',
  'Ban',
  'Báo',
  'Đài',
  'Công an',
  'Bộ',
  'Cục',
  'Chi cục',
  'Văn phòng',
  'Phòng',
  'Hội',
  'Liên đoàn',
  'Đoàn',
  'Mặt trận',
  'MTTQ',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'Đảng ủy',
  'Trung tâm',
  'Trường',
  'Viện',
  'Kho bạc',
  'Ngân hàng',
  'Công chức',
  'Cán bộ',
  'Các',
  'Thường trực',
  'Cổng',
];
const UNIT_COMMA_RE = new RegExp(`,\\s+(?=(?:${UNIT_HEADS.join('|')})(?:\\s|$))`, 'u');

/**
 * Splits a list of units on ";" and on ", " before a unit's name ("…của tỉnh, Ủy ban nhân dân…"), but not
 * inside "các sở, ban, ngành" or "Sở Văn hóa, Thể thao và Du lịch", nor after a colon ("biên giới: Đức Cơ, Chư Prông").
 */
export function splitUnits(text: string): string[] {
  return text
    .replace(/[.;,\s]+$/u, '')
    .split(/\s*;\s*/u)
    .flatMap((part) => (part.includes(':') ? [part] : part.split(UNIT_COMMA_RE)))
    .map((name) => capitalise(name.trim().replace(/^(?:và|cùng)\s+/u, '')))
    .filter((name) => name.length > 1);
}

/** The unit a duty heading names: without "Đề nghị"/"Giao", abbreviations written out. */
export function dutyUnit(heading: string): string {
  return heading.replace(/^(?:Đề nghị|Giao|Yêu cầu)\s+/u, '').replace(/[:.\s]+$/u, '');
}

/** Distinct names by slug, first spelling kept, in order of appearance. */
export function distinctUnits(names: string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = unitSlug(name);
    if (key !== '' && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}
