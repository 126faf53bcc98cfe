/**
 * Turns Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes)
 * into positioned text runs, so that a scanned page is put in reading order by the same rules as a
 * PDF's text layer (pdfLines): the header's and the closing block's two columns are read apart.
 */
import type { PdfTextItem } from './pdf-lines.ts';

interface TsvRow {
  level: number;
  key: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

function rowsOf(tsv: string): TsvRow[] {
  const [head, ...lines] = tsv.split(/\r?\n/u);
  const columns = (head ?? '').split('\t');
  const at = (name: string): number => {
    const i = columns.indexOf(name);
    if (i === -1) throw new Error('tesseract tsv: unexpected header');
    return i;
  };
  const [level, block, par, line] = [at('level'), at('block_num'), at('par_num'), at('line_num')];
  const [left, top, width, height] = [at('left'), at('top'), at('width'), at('height')];
  const [conf, text] = [at('conf'), at('text')];
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cell = l.split('\t');
      const num = (i: number): number => Number(cell[i] ?? 0);
      return {
        level: num(level),
        key: `${cell[block]}/${cell[par]}/${cell[line]}`,
        left: num(left),
        top: num(top),
        width: num(width),
        height: num(height),
        conf: num(conf),
        text: cell[text] ?? '',
      };
    });
}

/** Words as text runs, bottom-up y like a PDF; each word sits on its line's baseline and carries the line's height. */
export function ocrWords(tsv: string, pageHeight: number): PdfTextItem[] {
  const rows = rowsOf(tsv);
  const lines = new Map(rows.filter((r) => r.level === 4).map((r) => [r.key, r]));
  return rows
    .filter((r) => r.level === 5 && r.text.trim() !== '')
    .map((word) => {
      const line = lines.get(word.key) ?? word;
      // The trailing space keeps words apart when pdfLines joins the runs of a row.
      return {
        str: `${word.text.trim()} `,
        x: word.left,
        y: pageHeight - (line.top + line.height),
        width: word.width,
        height: line.height,
      };
    });
}

/** Mean confidence (0–100) of the words Tesseract read; undefined when it read none. */
export function ocrConfidence(tsv: string): number | undefined {
  const words = rowsOf(tsv).filter((r) => r.level === 5 && r.text.trim() !== '' && r.conf >= 0);
  return words.length === 0 ? undefined : words.reduce((s, w) => s + w.conf, 0) / words.length;
}
