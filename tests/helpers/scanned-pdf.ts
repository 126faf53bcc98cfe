/** An image-only PDF, as a scanner makes it: each page of the signed document drawn to a picture, no text layer. */
import { PDFDocument } from 'pdf-lib';
import { getDocumentProxy, renderPageAsImage } from 'unpdf';
import { signedPdf, type SignedDocument } from './signed-pdf.ts';

/** `scale` 2 gives about 144 dpi, a plain office scan. */
export async function scannedPdf(doc: SignedDocument, scale = 2): Promise<Uint8Array> {
  const source = await getDocumentProxy(new Uint8Array(await signedPdf(doc)));
  const out = await PDFDocument.create();
  for (let n = 1; n <= source.numPages; n += 1) {
    const png = await renderPageAsImage(source, n, { scale, canvasImport: () => import('@napi-rs/canvas') });
    const picture = await out.embedPng(new Uint8Array(png));
    const page = out.addPage([595, 842]);
    page.drawImage(picture, { x: 0, y: 0, width: 595, height: 842 });
  }
  return out.save();
}
