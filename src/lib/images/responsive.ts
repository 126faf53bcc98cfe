/** Choices for responsive images: which widths to make, the sizes attribute, a placeholder colour. */

/** Widths made for every picture: a phone (1x, 2x) and a desktop column. Each becomes WebP and JPEG. */
export const PICTURE_WIDTHS = [360, 720, 1080] as const;

/** The widths that do not upscale the original; the original's own width when it is smaller than all. */
export function widthsFor(originalWidth: number, wanted: readonly number[] = PICTURE_WIDTHS): number[] {
  if (!(originalWidth > 0)) throw new RangeError(`image width must be positive, got ${originalWidth}`);
  const fit = [...new Set(wanted)].filter((w) => w <= originalWidth).sort((a, b) => a - b);
  return fit.length ? fit : [Math.round(originalWidth)];
}

/** `sizes` for a picture that fills the content column (capped by the layout width) or a gallery cell. */
export function sizesFor(role: 'hero' | 'gallery' | 'card'): string {
  if (role === 'hero') return '(min-width: 50rem) 48rem, calc(100vw - 2rem)';
  if (role === 'gallery') return '(min-width: 48rem) 22rem, calc(100vw - 2rem)';
  return '(min-width: 48rem) 20rem, calc(100vw - 2rem)';
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A CSS hex colour from channel values (e.g. sharp's `stats().dominant`), clamped to 0–255. */
export function rgbToHex({ r, g, b }: Rgb): string {
  const hex = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** The format of the plain <img> fallback: SVG stays SVG (small, sharp), rasters become JPEG. */
export function fallbackFormat(src: string): 'svg' | 'jpg' | 'png' {
  if (/\.svg$/i.test(src)) return 'svg';
  if (/\.png$/i.test(src)) return 'png';
  return 'jpg';
}
