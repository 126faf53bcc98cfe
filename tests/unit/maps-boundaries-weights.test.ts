import { describe, expect, it, vi } from 'vitest';
import { feature } from 'topojson-client';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };

// presimplify (each point's effective area over the whole world map) is what makes the map data
// costly; the spy counts how often the module computes it.
const { presimplifyCalls } = vi.hoisted(() => ({ presimplifyCalls: { count: 0 } }));
vi.mock('topojson-simplify', async (importOriginal) => {
  const original = await importOriginal<typeof import('topojson-simplify')>();
  return {
    ...original,
    presimplify: (...args: Parameters<typeof original.presimplify>) => {
      presimplifyCalls.count++;
      return original.presimplify(...args);
    },
  };
});

const { countries, countryBorders, simplified, COUNTRY_MIN_WEIGHT, OVERVIEW_MIN_WEIGHT } =
  await import('../../src/lib/maps/boundaries.ts');
const { topology } = await import('../../src/lib/maps/topology.ts');

describe('the world map at two levels of detail (detail map and overview)', () => {
  it('weighs the world map once for both levels', () => {
    presimplifyCalls.count = 0;
    countries(COUNTRY_MIN_WEIGHT);
    countryBorders(COUNTRY_MIN_WEIGHT);
    countries(OVERVIEW_MIN_WEIGHT);
    countryBorders(OVERVIEW_MIN_WEIGHT);
    expect(presimplifyCalls.count).toBe(1);
  });

  it('draws each level exactly as simplifying the world map for that level alone would', () => {
    for (const weight of [COUNTRY_MIN_WEIGHT, OVERVIEW_MIN_WEIGHT]) {
      const alone = simplified(topology(countries50m, 'countries', 'countries-50m.json'), weight);
      const features = feature(alone, alone.objects.countries).features.filter((f) => f.id !== undefined);
      expect(countries(weight).map((c) => c.feature.geometry)).toEqual(
        features
          .filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
          .map((f) => f.geometry),
      );
    }
  });
});
