/**
 * Where to put each point's name so names do not cover one another or other points: the first
 * of right, left, above, below (then a line or two higher or lower) that stays inside the frame
 * and clear of what is already placed.
 * Text width is estimated (no font metrics at build time), generously, from the number of characters.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  /** Font size in the drawing's units. */
  size: number;
  /** Radius of the point's marker. */
  r: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The name broken into lines; `y` is the first line's baseline, each next line 1.2 sizes lower. */
  lines: string[];
  /** The space the label takes. */
  box: Box;
  /** False when every position overlapped something and the first inside the frame was kept. */
  clear: boolean;
}

/** Full-width scripts (Hangul, CJK ideographs and kana, full-width forms): about one em a character. */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** A combining mark (a Khmer vowel sign, a Vietnamese tone mark written apart) sits on its letter. */
const MARK = /\p{M}/u;
const emOf = (ch: string): number => (MARK.test(ch) ? 0 : WIDE.test(ch) ? 1 : 0.56);
/** Width of a text at `size`, on the wide side so that labels keep apart. */
export const textWidth = (text: string, size: number): number => [...text].reduce((w, ch) => w + size * emOf(ch), 0);

/** Breaks a name at spaces into as few lines as keep within `maxWidth`, of even length (a single long word keeps its own line). */
export function wrapLabel(text: string, size: number, maxWidth: number): string[] {
  const total = textWidth(text, size);
  if (total <= maxWidth) return [text];
  const target = (total / Math.ceil(total / maxWidth)) * 1.1;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= target) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const inside = (a: Box, frame: Box): boolean =>
  a.x >= frame.x && a.y >= frame.y && a.x + a.w <= frame.x + frame.w && a.y + a.h <= frame.y + frame.h;

/** Area two boxes share. */
const shared = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Labels in the order given, except that after the first (the page's own place) the longest go
 * first, as they have the fewest places to go. When no position is clear, the one covering least wins.
 */
export function placeLabels(requests: LabelRequest[], frame: Box, taken: Box[] = []): PlacedLabel[] {
  const occupied: Box[] = [...taken, ...requests.map((p) => ({ x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r }))];
  const [head, ...rest] = requests.map((request, index) => ({ request, index }));
  const width = ({ request }: { request: LabelRequest }) => textWidth(request.text, request.size);
  const order = head ? [head, ...rest.sort((a, b) => width(b) - width(a))] : [];
  const result: PlacedLabel[] = [];
  for (const { request: p, index } of order) {
    const lines = wrapLabel(p.text, p.size, frame.w * 0.5);
    const w = Math.max(...lines.map((l) => textWidth(l, p.size))),
      line = p.size * 1.2,
      h = line * lines.length,
      gap = p.r + p.size * 0.3;
    // Baseline of the first line for a block whose middle is at `mid`.
    const first = (mid: number) => mid - h / 2 + p.size * 0.95;
    const side = (dy: number): { box: Box; label: Omit<PlacedLabel, 'clear' | 'box'> }[] => [
      {
        box: { x: p.x + gap, y: p.y - h / 2 + dy, w, h },
        label: { x: p.x + gap, y: first(p.y + dy), anchor: 'start', lines },
      },
      {
        box: { x: p.x - gap - w, y: p.y - h / 2 + dy, w, h },
        label: { x: p.x - gap, y: first(p.y + dy), anchor: 'end', lines },
      },
    ];
    const vertical = (top: number) => [
      {
        box: { x: p.x - w / 2, y: top, w, h },
        label: { x: p.x, y: first(top + h / 2), anchor: 'middle' as const, lines },
      },
      {
        box: { x: p.x - gap, y: top, w, h },
        label: { x: p.x - gap, y: first(top + h / 2), anchor: 'start' as const, lines },
      },
      {
        box: { x: p.x + gap - w, y: top, w, h },
        label: { x: p.x + gap, y: first(top + h / 2), anchor: 'end' as const, lines },
      },
    ];
    const options = [
      ...side(0),
      ...vertical(p.y - gap - h),
      ...vertical(p.y + gap),
      // Points close together: a line or more higher or lower, still beside the point.
      ...[1, -1, 2, -2, 3, -3].flatMap((k) => side(k * line)),
    ];
    const own = occupied.filter((b) => !(b.x === p.x - p.r && b.y === p.y - p.r));
    const covered = (o: { box: Box }) => own.reduce((sum, b) => sum + shared(o.box, b), 0);
    const within = options.filter((o) => inside(o.box, frame));
    const fit = within.find((o) => covered(o) === 0);
    const chosen = fit ?? [...within].sort((a, b) => covered(a) - covered(b))[0] ?? options[0];
    // side(0) always gives places to try.
    if (!chosen) throw new Error(`placeLabels: no place tried for "${p.text}"`);
    occupied.push(chosen.box);
    result[index] = { ...chosen.label, box: chosen.box, clear: Boolean(fit) };
  }
  return result;
}
