/**
 * Writes a DOCX laid out like a signed Vietnamese administrative document (Decree 30/2020/NĐ-CP), for
 * importer tests, with the `docx` library: a borderless two-column header table (issuing body and
 * "Số:" | motto, place and date), the centred title, the body as Word paragraphs, and a borderless
 * two-column closing table (Nơi nhận | capacity, title, signer).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cleanParagraphs } from '../../src/lib/plan-import/clean-text.ts';
import type { SignedDocument } from './signed-pdf.ts';

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

const centred = (text: string, bold = false): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]): TableCell =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, borders, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}

/**
 * The body's lines (as a PDF's text gives them, broken at the page width) become the paragraphs Word
 * would hold: cleaned and joined as the importer joins a PDF's lines.
 */
export function docxParagraphs(doc: SignedDocument): string[] {
  return cleanParagraphs(doc.body.join('\n'), 'pdf');
}

export async function signedDocx(doc: SignedDocument): Promise<Buffer> {
  const body = docxParagraphs(doc).map((text) =>
    doc.centred?.(text)
      ? centred(text, true)
      : new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(text)] }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          twoColumns(
            doc.headerLeft.map((l) => centred(l, true)),
            doc.headerRight.map((l, i) => centred(l, i < 2)),
          ),
          ...body,
          twoColumns(
            doc.closingLeft.map(
              (l) => new Paragraph({ children: [new TextRun({ text: l, italics: l === 'Nơi nhận:', size: 22 })] }),
            ),
            doc.closingRight.map((l) => centred(l, true)),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
