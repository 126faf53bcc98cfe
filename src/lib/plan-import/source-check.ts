/**
 * Decides what a file given to the plan importer really is, by its bytes and not its name, and refuses
 * what cannot be a plan (binary, image, empty, not Vietnamese, not a plan) with a message in Vietnamese.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ParsedPlan } from './types.ts';

export type SourceKind =
  { kind: 'pdf' } | { kind: 'docx' } | { kind: 'text'; text: string } | { kind: 'refused'; reason: string };

const WHAT_TO_GIVE = 'Hãy dùng tệp PDF của văn bản đã ký, tệp DOCX, hoặc tệp .txt/.md chứa chữ của kế hoạch.';

/** Reads the first bytes (magic numbers) and, for text, checks that it decodes as UTF-8 without control bytes. */
export async function sniffSource(bytes: Uint8Array, file: string): Promise<SourceKind> {
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext === 'pdf') return { kind: 'pdf' };
  if (type?.ext === 'docx') return { kind: 'docx' };
  if (type?.mime.startsWith('image/'))
    return {
      kind: 'refused',
      reason: `${file}: đây là một tệp ảnh (${type.ext}), không phải văn bản kế hoạch. Nếu là ảnh chụp văn bản, hãy quét thành PDF. ${WHAT_TO_GIVE}`,
    };
  if (type !== undefined)
    return {
      kind: 'refused',
      reason: `${file}: đây là tệp ${type.ext} (${type.mime}), không đọc được thành văn bản kế hoạch. ${WHAT_TO_GIVE}`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'refused', reason: `${file}: tệp không phải chữ (không đọc được theo mã UTF-8). ${WHAT_TO_GIVE}` };
  }
  if ([...text].some((c) => isControl(c)))
    return { kind: 'refused', reason: `${file}: tệp chứa dữ liệu nhị phân, không phải chữ. ${WHAT_TO_GIVE}` };
  return { kind: 'text', text };
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\f';
}

/** A word is Vietnamese-marked when it carries a tone or vowel mark, or đ. */
function marked(word: string): boolean {
  return /[\u0300-\u036f]|đ/iu.test(word.normalize('NFD'));
}

/** Share of words (of letters only) that carry Vietnamese marks; about half in real plans, near zero otherwise. */
export function vietnameseShare(text: string): number {
  const words = text.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0);
  return words.length === 0 ? 0 : words.filter(marked).length / words.length;
}

/** Why the text (already read from the file) cannot be a plan, or undefined when it can. */
export function refuseText(text: string, file: string): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return `${file}: tệp không có chữ nào. ${WHAT_TO_GIVE}`;
  if (vietnameseShare(text) < 0.2)
    return `${file}: chữ trong tệp không phải tiếng Việt (hầu như không có dấu). Trình nhập chỉ đọc kế hoạch bằng tiếng Việt. ${WHAT_TO_GIVE}`;
  return undefined;
}

/** Why a parsed text is not a plan: no "Kế hoạch" and no numbered sections. */
export function refusePlan(plan: ParsedPlan, file: string): string | undefined {
  const saysPlan = /kế hoạch/iu.test(plan.text.normalize('NFC'));
  if (saysPlan && plan.sections.length > 0) return undefined;
  const found = saysPlan ? 'có chữ "Kế hoạch" nhưng không có đề mục La Mã (I., II., …)' : 'không có chữ "Kế hoạch"';
  return `${file}: văn bản này không phải một kế hoạch (${found}). Hãy kiểm tra lại tệp: một kế hoạch có tiêu đề "KẾ HOẠCH" và các phần "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ…".`;
}
