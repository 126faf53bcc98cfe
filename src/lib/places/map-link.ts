/** Links out to a map of a place (no embedded tiles): OpenStreetMap with a marker at the coordinates. */

/** Coordinates rounded to 5 decimals (about a metre), so URLs stay short and stable. */
const fixed = (n: number) => String(Math.round(n * 1e5) / 1e5);

/** https://www.openstreetmap.org/?mlat=…&mlon=…#map=zoom/lat/lon */
export function osmLink(lat: number, lon: number, zoom = 13): string {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    throw new RangeError(`not a coordinate: ${lat}, ${lon}`);
  const [a, b] = [fixed(lat), fixed(lon)];
  return `https://www.openstreetmap.org/?mlat=${a}&mlon=${b}#map=${zoom}/${a}/${b}`;
}

/** "13.77800° N, 107.50500° E" style text for people; the sign becomes a hemisphere letter. */
export function formatCoordinates(lat: number, lon: number, labels = { n: 'N', s: 'S', e: 'E', w: 'W' }): string {
  const part = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(4)}° ${v >= 0 ? pos : neg}`;
  return `${part(lat, labels.n, labels.s)}, ${part(lon, labels.e, labels.w)}`;
}
