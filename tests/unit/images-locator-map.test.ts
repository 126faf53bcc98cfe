import { describe, expect, it } from 'vitest';
import { boundsAround, gridStep, locatorMapSvg, projection, scaleBarKm } from '../../src/lib/images/locator-map.ts';

const pleiku = { lat: 13.98, lon: 108.0 };
const leThanh = { lat: 13.78, lon: 107.5 };

describe('boundsAround', () => {
  it('contains every point with a margin', () => {
    const b = boundsAround([pleiku, leThanh], 0.1);
    expect(b.south).toBeCloseTo(13.68);
    expect(b.north).toBeCloseTo(14.08);
    expect(b.west).toBeCloseTo(107.4);
    expect(b.east).toBeCloseTo(108.1);
  });
  it('keeps a minimum span around a single point', () => {
    const b = boundsAround([pleiku], 0, 0.4);
    expect(b.north - b.south).toBeCloseTo(0.4);
    expect(b.east - b.west).toBeCloseTo(0.4);
  });
  it('needs a point', () => {
    expect(() => boundsAround([])).toThrow(RangeError);
  });
});

describe('projection', () => {
  const b = { south: 13, west: 107, north: 14, east: 108 };
  const p = projection(b, 1000);
  it('puts the north-west corner at the origin and the south-east at the far corner', () => {
    expect(p.toPixel(14, 107)).toEqual({ x: 0, y: 0 });
    const se = p.toPixel(13, 108);
    expect(se.x).toBeCloseTo(1000);
    expect(se.y).toBeCloseTo(p.height, 0);
  });
  it('makes a degree of latitude taller than a degree of longitude away from the equator', () => {
    expect(p.height).toBeGreaterThan(1000);
  });
  it('measures about 111 km per degree of latitude', () => {
    expect((p.height / p.pxPerKm)).toBeCloseTo(111.32, 0);
  });
});

describe('scaleBarKm and gridStep', () => {
  it('picks a round length near a fifth of the width', () => {
    expect(scaleBarKm(60)).toBe(10);
    expect(scaleBarKm(130)).toBe(20);
    expect(scaleBarKm(3)).toBe(1);
  });
  it('gives between 3 and 8 grid lines', () => {
    expect(gridStep(0.5)).toBe(0.1);
    expect(gridStep(1.2)).toBe(0.2);
  });
});

describe('locatorMapSvg', () => {
  const svg = locatorMapSvg([{ ...leThanh, highlight: true }, pleiku]);
  it('numbers the markers in order and highlights the first', () => {
    expect(svg).toMatch(/<circle[^>]+r="30"[^>]+#b3261e/);
    expect(svg).toContain('>1</text>');
    expect(svg).toContain('>2</text>');
  });
  it('has a scale bar and a north arrow', () => {
    expect(svg).toMatch(/>\d+ km<\/text>/);
    expect(svg).toContain('>N</text>');
  });
  it('is a well-formed SVG with its size', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});
