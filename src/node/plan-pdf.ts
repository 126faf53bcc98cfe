/** Reads the text layer of a PDF with unpdf (pdf.js) and rebuilds its lines in reading order, page by page. */
import { getDocumentProxy } from 'unpdf';
import { pdfLines, type PdfTextItem } from '../lib/plan-import/pdf-lines.ts';

/** The PDF's text, pages separated by a form feed; an empty string when no page has a text layer (a scan). */
export async function readPdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const { width } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = content.items.flatMap((item) =>
      'str' in item
        ? [
            {
              str: item.str,
              x: item.transform[4] ?? 0,
              y: item.transform[5] ?? 0,
              width: item.width,
              height: item.height,
            },
          ]
        : [],
    );
    pages.push(pdfLines(items, width).join('\n'));
  }
  return { text: pages.join('\n\f\n').trim(), pages: pdf.numPages };
}
