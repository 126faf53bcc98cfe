import { describe, expect, it } from 'vitest';
import { haversineKm, nearby, NEAR_KM } from '../../src/lib/geo/nearness.ts';

const leThanh = { lat: 13.785, lon: 107.502 };
const pleiku = { lat: 13.983, lon: 108.0 };

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(leThanh, leThanh)).toBe(0);
    expect(haversineKm(leThanh, pleiku)).toBeCloseTo(haversineKm(pleiku, leThanh), 9);
  });
  it('measures one degree of latitude as about 111 km', () => {
    expect(haversineKm({ lat: 13, lon: 107 }, { lat: 14, lon: 107 })).toBeCloseTo(111.2, 1);
  });
  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atEquator = haversineKm({ lat: 0, lon: 107 }, { lat: 0, lon: 108 });
    const at60 = haversineKm({ lat: 60, lon: 107 }, { lat: 60, lon: 108 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 2);
  });
  it('puts Pleiku about 58 km from the Lệ Thanh gate in a straight line', () => {
    expect(haversineKm(leThanh, pleiku)).toBeGreaterThan(55);
    expect(haversineKm(leThanh, pleiku)).toBeLessThan(60);
  });
});

describe('nearby', () => {
  const logistics = { slug: 'logistics', lat: 13.87, lon: 107.53, commune: 'xa-ia-dom' };
  const solar = { slug: 'solar', lat: 13.84, lon: 107.56, commune: 'xa-ia-dom' };
  const port = { slug: 'port', lat: 13.74, lon: 109.2, commune: 'phuong-quy-nhon-nam' };
  const farCommune = { slug: 'far-same-commune', lat: 14.2, lon: 107.9, commune: 'xa-ia-dom' };

  it('keeps what lies within the radius, nearest first, and drops what is farther', () => {
    expect(nearby(leThanh, [logistics, port, solar]).map((n) => n.item.slug)).toEqual(['solar', 'logistics']);
  });
  it('keeps an entry of the same commune even beyond the radius, before the others', () => {
    const found = nearby({ ...leThanh, commune: 'xa-ia-dom' }, [solar, farCommune, port]);
    expect(found.map((n) => n.item.slug)).toEqual(['solar', 'far-same-commune']);
    expect(found.every((n) => n.sameCommune)).toBe(true);
  });
  it('does not treat two entries without a commune as the same commune', () => {
    expect(nearby(leThanh, [{ slug: 'x', lat: 14.5, lon: 107.5 }])).toEqual([]);
  });
  it('honours a smaller radius and reports the distance', () => {
    expect(nearby(leThanh, [logistics], 5)).toEqual([]);
    const [n] = nearby(leThanh, [logistics], NEAR_KM);
    expect(n!.km).toBeGreaterThan(9);
    expect(n!.km).toBeLessThan(11);
  });
});
