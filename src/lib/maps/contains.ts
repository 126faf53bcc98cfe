/**
 * Whether a point lies inside a country or a province, as d3's geoContains says, with the far
 * points answered from the shape's bounding box first. Placing a name tests a few hundred points
 * of a map against a neighbour of thousands of vertices (spherical point-in-polygon); most of a
 * province map lies outside most neighbours' boxes.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geoBounds, geoContains } from 'd3-geo';

/**
 * Degrees beyond the box a point must lie to be refused without the full test: far above
 * geoContains's own tolerance (1e-6 radians, about 6e-5 degrees), so that a point on the shape's
 * edge is still judged by geoContains.
 */
const MARGIN = 1e-3;

type Box = { west: number; south: number; east: number; north: number };
type Area = Feature<Polygon | MultiPolygon>;

const boxes = new WeakMap<Area, Box | null>();

/**
 * The shape's longitude/latitude box, or null when a box cannot refuse a point: a shape across
 * the antimeridian (west > east) or around a pole.
 */
function boxOf(f: Area): Box | null {
  const known = boxes.get(f);
  if (known !== undefined) return known;
  const [[west, south], [east, north]] = geoBounds(f);
  const box = west <= east && south > -90 && north < 90 ? { west, south, east, north } : null;
  boxes.set(f, box);
  return box;
}

/** geoContains(f, [lon, lat]), without the spherical test for a point clearly outside the shape's box. */
export function containsPoint(f: Area, [lon, lat]: [number, number]): boolean {
  const box = boxOf(f);
  // A longitude outside [-180, 180] (an inverted projection may give one) is left to geoContains, which wraps it.
  if (
    box &&
    Math.abs(lon) <= 180 &&
    (lon < box.west - MARGIN || lon > box.east + MARGIN || lat < box.south - MARGIN || lat > box.north + MARGIN)
  )
    return false;
  return geoContains(f, [lon, lat]);
}
