/**
 * Reads a scanned PDF (no text layer) with Tesseract: each page is rendered to a PNG (unpdf with
 * @napi-rs/canvas) in a temporary folder, Tesseract reads it with the Vietnamese data (`-l vie`), and
 * the words are put in reading order like a PDF's text layer. Tesseract is run with an argument array
 * (never a shell) on files the importer wrote itself.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocumentProxy, renderPageAsImage } from 'unpdf';
import { ocrConfidence, ocrWords } from '../lib/plan-import/ocr-words.ts';
import { pdfLines } from '../lib/plan-import/pdf-lines.ts';

const run = promisify(execFile);

/** About 216 dpi: enough for Tesseract on body text, small enough to stay quick. */
const SCALE = 3;

/** How to install what OCR needs, said to an editor's IT maintainer. */
export const INSTALL_TESSERACT =
  'Cài Tesseract và dữ liệu tiếng Việt: trên Debian/Ubuntu chạy "sudo apt-get install tesseract-ocr tesseract-ocr-vie"; trên Windows cài Tesseract (bản của UB Mannheim) và đánh dấu "Vietnamese" khi cài; rồi chạy lại lệnh nhập.';

/** Undefined when Tesseract with Vietnamese data is ready, otherwise what is missing (in Vietnamese). */
export async function tesseractMissing(binary = 'tesseract'): Promise<string | undefined> {
  let langs: string;
  try {
    langs = (await run(binary, ['--list-langs'], { encoding: 'utf8' })).stdout;
  } catch {
    return `máy này chưa có chương trình nhận dạng chữ Tesseract. ${INSTALL_TESSERACT}`;
  }
  return langs.split(/\s+/u).includes('vie')
    ? undefined
    : `Tesseract đã có nhưng thiếu dữ liệu tiếng Việt (vie). ${INSTALL_TESSERACT}`;
}

export interface OcrResult {
  text: string;
  pages: number;
  /** Mean word confidence per page (0–100). */
  confidence: (number | undefined)[];
}

/** Renders and reads every page; the text has pages separated by a form feed, like readPdfText. */
export async function ocrPdf(bytes: Uint8Array, binary = 'tesseract'): Promise<OcrResult> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const dir = await mkdtemp(join(tmpdir(), 'plan-ocr-'));
  try {
    const pages: string[] = [];
    const confidence: (number | undefined)[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const { width, height } = page.getViewport({ scale: SCALE });
      const png = await renderPageAsImage(pdf, n, { scale: SCALE, canvasImport: () => import('@napi-rs/canvas') });
      const file = join(dir, `page-${n}.png`);
      await writeFile(file, new Uint8Array(png));
      // One thread per page: Tesseract's OpenMP threads mostly spin when the machine is busy.
      const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
      const { stdout } = await run(binary, [file, 'stdout', '-l', 'vie', 'tsv'], {
        encoding: 'utf8',
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
      pages.push(pdfLines(ocrWords(stdout, height), width).join('\n'));
      confidence.push(ocrConfidence(stdout));
    }
    return { text: pages.join('\n\f\n').trim(), pages: pdf.numPages, confidence };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
