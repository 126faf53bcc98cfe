import { describe, expect, it } from 'vitest';
import { PICTURE_WIDTHS, fallbackFormat, rgbToHex, sizesFor, widthsFor } from '../../src/lib/images/responsive.ts';

describe('widthsFor', () => {
  it('keeps every standard width for a large original', () => {
    expect(widthsFor(2400)).toEqual([...PICTURE_WIDTHS]);
  });
  it('never upscales', () => {
    expect(widthsFor(800)).toEqual([360, 720]);
  });
  it('uses the original width when it is smaller than every standard width', () => {
    expect(widthsFor(200)).toEqual([200]);
  });
  it('sorts and de-duplicates the wanted widths', () => {
    expect(widthsFor(1000, [720, 360, 720])).toEqual([360, 720]);
  });
  it('rejects a non-positive width', () => {
    expect(() => widthsFor(0)).toThrow(RangeError);
  });
});

describe('sizesFor', () => {
  it('gives a phone the full viewport minus the page padding', () => {
    for (const role of ['hero', 'gallery', 'card'] as const) expect(sizesFor(role)).toMatch(/calc\(100vw - 2rem\)$/);
  });
});

describe('rgbToHex', () => {
  it('formats channels as a CSS colour', () => {
    expect(rgbToHex({ r: 8, g: 120, b: 255 })).toBe('#0878ff');
  });
  it('rounds and clamps out-of-range values', () => {
    expect(rgbToHex({ r: -5, g: 300, b: 127.6 })).toBe('#00ff80');
  });
});

describe('fallbackFormat', () => {
  it('keeps SVG, keeps PNG (transparency) and turns other rasters into JPEG', () => {
    expect(fallbackFormat('images/a.SVG')).toBe('svg');
    expect(fallbackFormat('images/a.png')).toBe('png');
    expect(fallbackFormat('images/a.webp')).toBe('jpg');
    expect(fallbackFormat('images/a.jpeg')).toBe('jpg');
  });
});
