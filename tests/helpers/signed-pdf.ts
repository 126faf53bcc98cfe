/** Writes a PDF laid out like a signed Vietnamese administrative document, for importer tests (pdf-lib + DejaVu Sans). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';

const require = createRequire(import.meta.url);
const fontBytes = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

export interface SignedDocument {
  /** Issuing body and "Số: …" (left column of the header). */
  headerLeft: string[];
  /** National motto, place and date (right column of the header). */
  headerRight: string[];
  /** Title and body lines, each drawn as one line across the page (centred when `centred` says so). */
  body: string[];
  centred?: (line: string) => boolean;
  /** "Nơi nhận:" and its list (left of the closing block). */
  closingLeft: string[];
  /** Capacity, title and signer's name (right of the closing block). */
  closingRight: string[];
}

const SIZE = 9;
const LEAD = 13;
const MARGIN = 50;

/** The document's lines in the order a reader takes them: header left, header right, body, closing left, closing right. */
export function readingOrder(doc: SignedDocument): string[] {
  return [...doc.headerLeft, ...doc.headerRight, ...doc.body, ...doc.closingLeft, ...doc.closingRight];
}

export async function signedPdf(doc: SignedDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font: PDFFont = await pdf.embedFont(fontBytes, { subset: true });
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 842 - MARGIN;
  const next = (): void => {
    y -= LEAD;
    if (y < MARGIN) {
      page = pdf.addPage([595, 842]);
      y = 842 - MARGIN;
    }
  };
  const columns = (left: string[], right: string[], rightX: number): void => {
    for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
      const l = left[i];
      const r = right[i];
      if (l !== undefined) page.drawText(l, { x: MARGIN, y, size: SIZE, font });
      if (r !== undefined) page.drawText(r, { x: rightX, y, size: SIZE, font });
      next();
    }
  };
  columns(doc.headerLeft, doc.headerRight, 320);
  next();
  for (const line of doc.body) {
    const width = font.widthOfTextAtSize(line, SIZE);
    page.drawText(line, { x: doc.centred?.(line) ? (595 - width) / 2 : MARGIN, y, size: SIZE, font });
    next();
  }
  if (y < MARGIN + LEAD * Math.max(doc.closingLeft.length, doc.closingRight.length)) {
    page = pdf.addPage([595, 842]);
    y = 842 - MARGIN;
  }
  columns(doc.closingLeft, doc.closingRight, 360);
  return pdf.save();
}
