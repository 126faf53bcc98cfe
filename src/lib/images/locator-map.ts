/**
 * A locator map drawn from coordinates alone (no borders or tiles we do not have): a graticule,
 * numbered markers, a north arrow and a scale bar, as SVG. Numbers instead of names keep the
 * drawing language-neutral; captions in each locale say what each number is.
 */

export interface MapPoint {
  lat: number;
  lon: number;
  /** Drawn larger and in the accent colour. */
  highlight?: boolean;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const KM_PER_DEGREE = 111.32;

/** Bounds around the points with a margin (in degrees), never smaller than `minSpan` degrees. */
export function boundsAround(points: MapPoint[], margin = 0.08, minSpan = 0.3): Bounds {
  if (!points.length) throw new RangeError('a locator map needs at least one point');
  const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
  const grow = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2, half = Math.max((hi - lo) / 2 + margin, minSpan / 2);
    return [mid - half, mid + half];
  };
  const [south, north] = grow(Math.min(...lats), Math.max(...lats));
  const [west, east] = grow(Math.min(...lons), Math.max(...lons));
  return { south, west, north, east };
}

/** Equirectangular projection corrected for the latitude of the map's centre; returns a pixel mapper and the height for `width`. */
export function projection(b: Bounds, width: number) {
  const k = Math.cos((((b.south + b.north) / 2) * Math.PI) / 180);
  const scale = width / ((b.east - b.west) * k);
  const height = Math.round((b.north - b.south) * scale);
  const toPixel = (lat: number, lon: number) => ({ x: (lon - b.west) * k * scale, y: (b.north - lat) * scale });
  /** Pixels per kilometre on this map. */
  const pxPerKm = scale / KM_PER_DEGREE;
  return { toPixel, height, pxPerKm };
}

/** A round scale-bar length (1, 2, 5, 10, 20, 50… km) about a fifth of the map's width. */
export function scaleBarKm(widthKm: number): number {
  const target = widthKm / 5;
  const steps = [1, 2, 5];
  let best = 1;
  for (let p = 1; p <= 1000; p *= 10) for (const s of steps) if (s * p <= target) best = s * p;
  return best;
}

/** Grid step in degrees giving 3–8 lines across the span. */
export function gridStep(span: number): number {
  return [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((s) => span / s <= 8) ?? 1;
}

export function locatorMapSvg(points: MapPoint[], width = 1200, bounds = boundsAround(points)): string {
  const { toPixel, height, pxPerKm } = projection(bounds, width);
  const f = (n: number) => n.toFixed(1);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<rect width="100%" height="100%" fill="#eef3e8"/>`);
  const step = gridStep(bounds.east - bounds.west);
  for (let lon = Math.ceil(bounds.west / step) * step; lon < bounds.east; lon += step) {
    const { x } = toPixel(bounds.north, lon);
    out.push(`<line x1="${f(x)}" y1="0" x2="${f(x)}" y2="${height}" stroke="#b9c7b0" stroke-width="2"/>`);
  }
  for (let lat = Math.ceil(bounds.south / step) * step; lat < bounds.north; lat += step) {
    const { y } = toPixel(lat, bounds.west);
    out.push(`<line x1="0" y1="${f(y)}" x2="${width}" y2="${f(y)}" stroke="#b9c7b0" stroke-width="2"/>`);
  }
  points.forEach((p, i) => {
    const { x, y } = toPixel(p.lat, p.lon);
    const r = p.highlight ? 30 : 22;
    out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${r}" fill="${p.highlight ? '#b3261e' : '#2f5d8a'}" stroke="#fff" stroke-width="5"/>`);
    out.push(`<text x="${f(x)}" y="${f(y + r * 0.36)}" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${r}" fill="#fff" text-anchor="middle">${i + 1}</text>`);
  });
  const km = scaleBarKm((bounds.east - bounds.west) * Math.cos(((bounds.south + bounds.north) / 2) * Math.PI / 180) * KM_PER_DEGREE);
  const bar = km * pxPerKm, y0 = height - 48;
  out.push(`<rect x="32" y="${y0 - 34}" width="${f(bar + 110)}" height="60" rx="8" fill="#fff" opacity="0.85"/>`);
  out.push(`<rect x="48" y="${y0}" width="${f(bar)}" height="10" fill="#1b1f24"/>`);
  out.push(`<text x="${f(60 + bar)}" y="${y0 + 12}" font-family="DejaVu Sans, sans-serif" font-size="28" fill="#1b1f24">${km} km</text>`);
  out.push(`<g transform="translate(${width - 70} 40)"><path d="M0 0 L18 60 L0 48 L-18 60 Z" fill="#1b1f24"/>`);
  out.push(`<text x="0" y="92" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="30" text-anchor="middle" fill="#1b1f24">N</text></g>`);
  out.push('</svg>');
  return out.join('\n');
}
