/**
 * Rebuilds the lines of one PDF page from positioned text items, in the reading order of an
 * administrative document (Decree 30/2020/NĐ-CP): where a row is split into a left and a right column
 * (the header: issuing body and number | motto, place and date; the closing: recipients | signer),
 * the whole left column of that block is read before the right one.
 */

/** A text run as a PDF library reports it: its string, left x, baseline y (from the bottom), width and font height. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Segment {
  text: string;
  x0: number;
  x1: number;
}

/** Items on one baseline (within a third of the font height), top of the page first. */
function rows(items: PdfTextItem[]): PdfTextItem[][] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = out.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - item.y) <= Math.max(first.height, item.height, 1) / 3) row.push(item);
    else out.push([item]);
  }
  return out.map((row) => row.sort((a, b) => a.x - b.x));
}

/** Splits a row where the gap between runs is wider than two font heights (a column gutter). */
function segments(row: PdfTextItem[]): Segment[] {
  const out: Segment[] = [];
  for (const item of row) {
    const last = out.at(-1);
    const gap = last === undefined ? Infinity : item.x - last.x1;
    if (last !== undefined && gap <= 2 * Math.max(item.height, 1)) {
      last.text +=
        gap > item.height * 0.15 && !/\s$/u.test(last.text) && !/^\s/u.test(item.str) ? ` ${item.str}` : item.str;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else out.push({ text: item.str, x0: item.x, x1: item.x + item.width });
  }
  return out;
}

/** Lines of one page in reading order; `pageWidth` places the middle that separates the two columns. */
export function pdfLines(items: PdfTextItem[], pageWidth: number): string[] {
  const middle = pageWidth / 2;
  const all = rows(items).map(segments);
  const sided = (row: Segment[]): boolean => row.every((s) => s.x1 <= middle || s.x0 >= middle);
  const lines: string[] = [];
  let i = 0;
  while (i < all.length) {
    const row = all[i] ?? [];
    // A block of columns: rows that never cross the middle, around at least one row split in two.
    let end = i;
    while (end < all.length && sided(all[end] ?? [])) end += 1;
    const block = all.slice(i, end);
    if (block.some((r) => r.some((s) => s.x1 <= middle) && r.some((s) => s.x0 >= middle))) {
      const left = block.flatMap((r) => r.filter((s) => s.x1 <= middle));
      const right = block.flatMap((r) => r.filter((s) => s.x0 >= middle));
      lines.push(...[...left, ...right].map((s) => s.text.trim()));
      i = end;
    } else {
      lines.push(row.map((s) => s.text.trim()).join(' '));
      i += 1;
    }
  }
  return lines.filter((l) => l !== '');
}
