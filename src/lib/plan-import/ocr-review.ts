/** What an entry read by OCR tells the editor: which of its fields came from the scan, named as the CMS names them. */
import { FIELD_WORDS } from '../field-words.ts';

/** The Vietnamese label of a plan field ("number" → "Số hiệu"). */
export function planFieldLabel(field: string): string {
  return (FIELD_WORDS[`plans:${field}`] ?? FIELD_WORDS[field])?.vi ?? field;
}

/** The fields of the entry's frontmatter that came from OCR, with their labels: "Số hiệu (number)". */
export function ocrFields(data: Record<string, unknown>): string[] {
  return Object.keys(data).map((k) => `${planFieldLabel(k)} (${k})`);
}

/** The `needsReview` text of an entry read by OCR; `confidence` is Tesseract's mean word confidence (0–100). */
export function ocrReviewNote(data: Record<string, unknown>, confidence: number | undefined): string {
  const sure = confidence === undefined ? '' : ` (độ tin cậy trung bình ${Math.round(confidence)}%)`;
  return `Đọc bằng nhận dạng chữ (OCR) từ bản quét${sure}, kể cả nội dung văn bản. Các trường lấy từ OCR: ${ocrFields(data).join(', ')}. Hãy đối chiếu từng trường với bản gốc đã ký, sửa chỗ sai, rồi xoá ô này.`;
}
