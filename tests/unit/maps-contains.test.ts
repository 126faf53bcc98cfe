import { describe, expect, it, vi } from 'vitest';

// Counts the spherical point-in-polygon tests, the costly part of placing a name on a map.
const { sphericalTests } = vi.hoisted(() => ({ sphericalTests: { count: 0 } }));
vi.mock('d3-geo', async (importOriginal) => {
  const original = await importOriginal<typeof import('d3-geo')>();
  return {
    ...original,
    geoContains: (...args: Parameters<typeof original.geoContains>) => {
      sphericalTests.count++;
      return original.geoContains(...args);
    },
  };
});

const { geoContains } = await import('d3-geo');
const { countries } = await import('../../src/lib/maps/boundaries.ts');
const { containsPoint } = await import('../../src/lib/maps/contains.ts');
const { fitFrame, insideSpots, labelAnchor } = await import('../../src/lib/maps/locator-map.ts');

const world = countries();
const country = (id: string) => {
  const found = world.find((c) => c.id === id);
  if (!found) throw new Error(`no country ${id} in world-atlas`);
  return found.feature;
};
// China, Laos, Cambodia, Thailand, Viet Nam; Russia and Fiji cross the antimeridian; Antarctica holds a pole.
const shapes = ['156', '418', '116', '764', '704', '643', '242', '010'].map(country);

describe('containsPoint (the bounding box before the spherical test)', () => {
  it('answers as geoContains does, near Viet Nam and around the globe, edges and the antimeridian included', () => {
    const near: [number, number][] = [];
    for (let lon = 95; lon <= 120; lon += 0.5) for (let lat = 5; lat <= 28; lat += 0.5) near.push([lon, lat]);
    const globe: [number, number][] = [
      [181, 65],
      [-181, -17],
      [540, 10],
    ];
    for (let lon = -180; lon <= 180; lon += 10) for (let lat = -90; lat <= 90; lat += 10) globe.push([lon, lat]);
    const differ = (points: [number, number][], fs: typeof shapes) =>
      fs.flatMap((f) => points.filter((p) => containsPoint(f, p) !== geoContains(f, p)).map((p) => `${f.id} ${p}`));
    expect(differ(near, shapes.slice(0, 5))).toEqual([]);
    expect(differ(globe, shapes)).toEqual([]);
  }, 60_000);

  it('places the names as before, and tests no point of a map of the South against Laos or China', () => {
    // About Đắk Lắk: south of Laos's and China's boxes.
    const { projection, height } = fitFrame({ west: 107.2, south: 12.0, east: 109.0, north: 13.6 }, 600);
    for (const id of ['418', '156']) {
      sphericalTests.count = 0;
      expect(labelAnchor(country(id), projection, 600, height)).toBeUndefined();
      expect(insideSpots(country(id), projection, 600, height)).toEqual([]);
      expect(sphericalTests.count).toBe(0);
    }
    // Cambodia's box holds part of the frame: those points are still tested, and its name still placed.
    expect(labelAnchor(country('116'), projection, 600, height)).toBeDefined();
  });
});
