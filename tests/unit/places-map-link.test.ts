import { describe, expect, it } from 'vitest';
import { formatCoordinates, osmLink } from '../../src/lib/places/map-link.ts';

describe('osmLink', () => {
  it('links to OpenStreetMap with a marker and a view at the coordinates', () => {
    expect(osmLink(21.36889, 105.32361)).toBe(
      'https://www.openstreetmap.org/?mlat=21.36889&mlon=105.32361#map=13/21.36889/105.32361',
    );
  });
  it('rounds to five decimals and takes a zoom', () => {
    expect(osmLink(13.7812345678, 107.5, 11)).toBe(
      'https://www.openstreetmap.org/?mlat=13.78123&mlon=107.5#map=11/13.78123/107.5',
    );
  });
  it('rejects impossible coordinates', () => {
    expect(() => osmLink(91, 0)).toThrow(RangeError);
    expect(() => osmLink(0, Number.NaN)).toThrow(RangeError);
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres as letters', () => {
    expect(formatCoordinates(13.98, 108)).toBe('13.9800° N, 108.0000° E');
    expect(formatCoordinates(-1.5, -2.25, { n: 'B', s: 'Nam', e: 'Đ', w: 'T' })).toBe('1.5000° Nam, 2.2500° T');
  });
});
