/**
 * Reads a file given to the plan importer by what its bytes are (not its name): a PDF's text layer, a
 * scanned PDF through Tesseract OCR, a DOCX through mammoth, or text; says how its lines are laid out,
 * and refuses what is no plan with a message in Vietnamese (nothing is written then).
 */
import { extname } from 'node:path';
import mammoth from 'mammoth';
import type { SourceLayout } from '../lib/plan-import/clean-text.ts';
import { refuseText, sniffSource } from '../lib/plan-import/source-check.ts';
import { ocrPdf, tesseractMissing, type OcrResult } from './plan-ocr.ts';
import { readPdfText } from './plan-pdf.ts';
import { messageOf } from './error-message.ts';

export interface PlanSource {
  text: string;
  layout: SourceLayout;
  /** Present when the text was read by OCR from a scan. */
  ocr?: OcrResult;
}

/** A refusal the editor reads as it is. */
export class PlanSourceRefused extends Error {}

const refuse = (message: string): never => {
  throw new PlanSourceRefused(message);
};

/** `say` tells the editor about a long step (OCR). */
export async function readPlanSource(
  bytes: Uint8Array,
  path: string,
  say: (message: string) => void = () => undefined,
): Promise<PlanSource> {
  const sniffed = await sniffSource(bytes, path);
  let source: PlanSource;
  if (sniffed.kind === 'refused') return refuse(sniffed.reason);
  if (sniffed.kind === 'docx')
    source = { text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value, layout: 'paragraphs' };
  else if (sniffed.kind === 'pdf') {
    const pdf = await readPdfText(bytes).catch((err: unknown) =>
      refuse(`${path}: không mở được tệp PDF (${messageOf(err)}). Hãy xuất lại PDF từ văn bản gốc.`),
    );
    if (pdf.text.replace(/\s/gu, '') === '') {
      const scan = `${path}: tệp PDF (${pdf.pages} trang) không có lớp chữ — có lẽ là bản quét (ảnh chụp)`;
      const missing = await tesseractMissing();
      if (missing !== undefined)
        refuse(
          `${scan}. Để đọc bản quét, trình nhập cần nhận dạng chữ (OCR), nhưng ${missing} Không ghi tệp nào: trình nhập không đoán nội dung. Cách khác: xin bản PDF xuất từ Word hoặc tệp DOCX.`,
        );
      say(`${scan}: đang nhận dạng chữ (OCR) bằng Tesseract…`);
      const ocr = await ocrPdf(bytes).catch((err: unknown) =>
        refuse(`${scan}; nhận dạng chữ (OCR) không thành công (${messageOf(err)}). Không ghi tệp nào.`),
      );
      const unread = refuseText(ocr.text, path);
      if (unread !== undefined)
        refuse(
          `${scan}; nhận dạng chữ (OCR) không đọc ra kế hoạch: ${unread.slice(path.length + 2)} Không ghi tệp nào.`,
        );
      source = { text: ocr.text, layout: 'pdf', ocr };
    } else source = { text: pdf.text, layout: 'pdf' };
  } else source = { text: sniffed.text, layout: extname(path).toLowerCase() === '.md' ? 'markdown' : 'pdf' };
  const refused = refuseText(source.text, path);
  return refused === undefined ? source : refuse(refused);
}
