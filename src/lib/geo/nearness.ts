/**
 * Which points of interest are "in or near" one another: the same commune, or within a
 * straight-line distance (haversine on a sphere of the Earth's mean radius).
 */

export interface Located {
  lat: number;
  lon: number;
  /** A key for the commune (e.g. the slug of its Vietnamese name), when the entry names one. */
  commune?: string;
}

/** Mean radius of the Earth in kilometres (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance between two points, in kilometres. */
export function haversineKm(a: Located, b: Located): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Default radius: a short drive from a border gate or a town, not the next district. */
export const NEAR_KM = 15;

export interface Nearby<T> {
  item: T;
  km: number;
  sameCommune: boolean;
}

/**
 * The candidates in the same commune as `origin` or within `maxKm` of it, nearest first
 * (same commune before distance; the candidate's order breaks ties).
 */
export function nearby<T extends Located>(origin: Located, candidates: readonly T[], maxKm = NEAR_KM): Nearby<T>[] {
  return candidates
    .map((item, index) => ({
      item,
      index,
      km: haversineKm(origin, item),
      sameCommune: origin.commune !== undefined && origin.commune === item.commune,
    }))
    .filter((n) => n.sameCommune || n.km <= maxKm)
    .sort((a, b) => Number(b.sameCommune) - Number(a.sameCommune) || a.km - b.km || a.index - b.index)
    .map(({ item, km, sameCommune }) => ({ item, km, sameCommune }));
}
