/**
 * Locator maps drawn at build time as static SVG (no script, no style attribute, no request):
 * - the detail map: the province outline, the neighbouring countries with their names, the
 *   points of the pieces with their names, a scale bar;
 * - the overview map: Viet Nam among its neighbours with the province filled, the East Sea and
 *   the Hoàng Sa and Trường Sa archipelagos.
 * Colours are SVG presentation attributes; text takes the page's font.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geoDistance, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { containsPoint } from './contains.ts';
import { overlaps, placeLabels, textWidth, type Box } from './label-placement.ts';

export interface MapPoint {
  lat: number;
  lon: number;
  name: string;
  /** Language of the name when it is not the page's. */
  lang?: string;
  /** The piece the page is about: drawn larger, in the accent colour. */
  highlight?: boolean;
}

export interface MapCountry {
  id: string;
  feature: Feature<Polygon | MultiPolygon>;
  /** Name to write on the map, or none for a country not to be labelled. */
  label?: string;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** ISO 3166-1 numeric code of Viet Nam in world-atlas. */
export const VIET_NAM = '704';

/** The neighbours named on the maps (numeric code in world-atlas → ISO 3166-1 alpha-2). */
export const NEIGHBOURS: Readonly<Record<string, string>> = { '156': 'CN', '418': 'LA', '116': 'KH', '764': 'TH' };

/** Names the neighbours in `lang` (from the CLDR data in the runtime's ICU), leaving other countries unnamed. */
export function nameNeighbours<C extends { id: string }>(countries: C[], lang: string): (C & { label?: string })[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  return countries.map((c) => {
    const code = NEIGHBOURS[c.id];
    return code ? { ...c, label: names.of(code) } : c;
  });
}

const COLOURS = {
  sea: '#dbe9f4',
  land: '#ecece4',
  vietNam: '#fbfaf5',
  border: '#8a8a80',
  province: '#0b5394',
  provinceFill: '#cfe0f1',
  point: '#2f5d8a',
  highlight: '#b3261e',
  text: '#1b1f24',
  halo: '#ffffff',
  seaText: '#3c6a91',
};

/** Bounds of the outline and the points, widened by `margin` of the span on each side and to at least `minSpan` degrees. */
export function frameAround(
  outline: MultiPolygon | undefined,
  points: { lat: number; lon: number }[],
  margin = 0.15,
  minSpan = 0.6,
): Bounds {
  const lons: number[] = points.map((p) => p.lon),
    lats: number[] = points.map((p) => p.lat);
  for (const poly of outline?.coordinates ?? [])
    for (const ring of poly)
      for (const [lon = 0, lat = 0] of ring) {
        lons.push(lon);
        lats.push(lat);
      }
  if (!lons.length) throw new RangeError('a locator map needs an outline or a point');
  const grow = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2,
      half = Math.max(((hi - lo) / 2) * (1 + 2 * margin), minSpan / 2);
    return [mid - half, mid + half];
  };
  let [west, east] = grow(Math.min(...lons), Math.max(...lons));
  const [south, north] = grow(Math.min(...lats), Math.max(...lats));
  // No taller than 5:4 on the ground, so a tall province does not make a map longer than a phone's screen.
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180),
    minLonSpan = ((north - south) * 0.8) / k;
  if (east - west < minLonSpan) [west, east] = [(west + east) / 2 - minLonSpan / 2, (west + east) / 2 + minLonSpan / 2];
  return { west, south, east, north };
}

/** A Mercator projection fitting `b` to `width`, clipped to the frame; returns it with the frame's height. */
export function fitFrame(b: Bounds, width: number): { projection: GeoProjection; height: number } {
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [b.west, b.south],
      [b.east, b.north],
      [b.west, b.north],
      [b.east, b.south],
    ],
  };
  const projection = geoMercator().fitWidth(width, corners);
  const [[, y0], [, y1]] = geoPath(projection).bounds(corners);
  const height = Math.round(y1 - y0);
  projection
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      corners,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, height };
}

/** A round scale-bar length (1, 2, 5, 10, 20, 50… km) about a fifth of the map's width. */
export function scaleBarKm(widthKm: number): number {
  let best = 1;
  for (let p = 1; p <= 1000; p *= 10) for (const s of [1, 2, 5]) if (s * p <= widthKm / 5) best = s * p;
  return best;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Where to write a country's name: the sample point inside its visible part nearest that part's middle; none when it barely shows. */
export function labelAnchor(
  f: Feature<Polygon | MultiPolygon>,
  projection: GeoProjection,
  width: number,
  height: number,
  steps = 24,
  minShare = 0.03,
): [number, number] | undefined {
  const inside: [number, number][] = [];
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < steps; j++) {
      const px: [number, number] = [((i + 0.5) * width) / steps, ((j + 0.5) * height) / steps];
      const ll = projection.invert?.(px);
      if (ll && containsPoint(f, ll)) inside.push(px);
    }
  if (inside.length < steps * steps * minShare) return undefined;
  const mx = inside.reduce((s, p) => s + p[0], 0) / inside.length,
    my = inside.reduce((s, p) => s + p[1], 0) / inside.length;
  return inside.reduce((best, p) =>
    Math.hypot(p[0] - mx, p[1] - my) < Math.hypot(best[0] - mx, best[1] - my) ? p : best,
  );
}

/**
 * The sample points inside `f` (the frame's edge left out), nearest the middle of them first: where
 * a name written on it may go. This is the costly part of placing a name (a spherical point-in-polygon
 * test per sample), and it depends only on the feature and the frame, not on what else is drawn.
 */
export function insideSpots(
  f: Feature<Polygon | MultiPolygon>,
  projection: GeoProjection,
  width: number,
  height: number,
  steps = 24,
): [number, number][] {
  const inside: [number, number][] = [];
  for (let i = 1; i < steps - 1; i++)
    for (let j = 1; j < steps - 1; j++) {
      const px: [number, number] = [((i + 0.5) * width) / steps, ((j + 0.5) * height) / steps];
      const ll = projection.invert?.(px);
      if (ll && containsPoint(f, ll)) inside.push(px);
    }
  if (!inside.length) return [];
  const mx = inside.reduce((s, p) => s + p[0], 0) / inside.length,
    my = inside.reduce((s, p) => s + p[1], 0) / inside.length;
  return inside.sort((a, b) => Math.hypot(a[0] - mx, a[1] - my) - Math.hypot(b[0] - mx, b[1] - my));
}

/** Where to write the province's name: inside it, where `free` says nothing is in the way, as near its middle as can be. */
export function provinceLabelAnchor(
  f: Feature<Polygon | MultiPolygon>,
  projection: GeoProjection,
  width: number,
  height: number,
  free: (x: number, y: number) => boolean = () => true,
  steps = 24,
): [number, number] | undefined {
  return insideSpots(f, projection, width, height, steps).find(([x, y]) => free(x, y));
}

/** A projected [[x0, y0], [x1, y1]] bounding box as a Box. */
const boundsOf = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box => ({
  x: x0,
  y: y0,
  w: x1 - x0,
  h: y1 - y0,
});

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const f1 = (n: number) => (Math.round(n * 10) / 10).toString();
const langAttr = (lang?: string) => (lang ? ` lang="${escapeXml(lang)}"` : '');

/** Moves a text's anchor so that its estimated extent stays inside [4, width - 4]. */
export function keepInside(
  x: number,
  label: string,
  size: number,
  anchor: 'start' | 'middle' | 'end',
  width: number,
): number {
  const w = textWidth(label, size),
    start = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const shifted = Math.min(Math.max(start, 4), width - 4 - w);
  return x + (shifted - start);
}

function text(
  x: number,
  y: number,
  label: string,
  size: number,
  opts: {
    anchor?: 'start' | 'middle' | 'end';
    weight?: number;
    fill?: string;
    lang?: string;
    italic?: boolean;
    width?: number;
    lines?: string[];
    data?: string;
  } = {},
): string {
  const lines = opts.lines ?? [label];
  const width = opts.width;
  if (width) x = Math.min(...lines.map((l) => keepInside(x, l, size, opts.anchor ?? 'middle', width)));
  // Several lines are tspans of one text, so a screen reader or a search reads the name once.
  const content =
    lines.length === 1
      ? escapeXml(label)
      : lines
          .map((l, i) => `<tspan x="${f1(x)}"${i ? ` dy="${f1(size * 1.2)}"` : ''}>${escapeXml(l)}</tspan>`)
          .join('');
  return `<text x="${f1(x)}" y="${f1(y)}" font-size="${size}"${opts.weight ? ` font-weight="${opts.weight}"` : ''}${opts.italic ? ' font-style="italic"' : ''} text-anchor="${opts.anchor ?? 'middle'}" fill="${opts.fill ?? COLOURS.text}" stroke="${COLOURS.halo}" stroke-width="${f1(size / 4)}" stroke-linejoin="round" paint-order="stroke"${opts.data ? ` data-map="${opts.data}"` : ''}${langAttr(opts.lang)}>${content}</text>`;
}

function open(id: string, width: number, height: number, title: string, desc: string, lang?: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="portal-map__svg"${langAttr(lang)}>`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.sea}"/>`,
  ];
}

function drawCountries(path: ReturnType<typeof geoPath>, countries: MapCountry[], borders: MultiLineString): string[] {
  const out: string[] = [];
  for (const c of countries) {
    const d = path(c.feature);
    if (d)
      out.push(
        `<path d="${d}" fill="${c.id === VIET_NAM ? COLOURS.vietNam : COLOURS.land}" stroke="${COLOURS.border}" stroke-width="0.6"/>`,
      );
  }
  const b = path(borders);
  if (b)
    out.push(`<path d="${b}" fill="none" stroke="${COLOURS.border}" stroke-width="1.4" stroke-dasharray="5 2 1 2"/>`);
  return out;
}

function countryLabels(
  countries: MapCountry[],
  projection: GeoProjection,
  width: number,
  height: number,
  size: number,
): { svg: string[]; boxes: Box[]; names: string[] } {
  const svg: string[] = [],
    boxes: Box[] = [],
    names: string[] = [];
  for (const c of countries) {
    if (!c.label) continue;
    const at = labelAnchor(c.feature, projection, width, height);
    if (!at) continue;
    const label = c.label.toLocaleUpperCase();
    // Capitals in semibold run wider than the estimate for running text.
    const w = textWidth(label, size * 1.4);
    const x = keepInside(at[0], label, size * 1.4, 'middle', width),
      y = Math.min(Math.max(at[1], size + 2), height - 4);
    svg.push(text(x, y, label, size, { fill: '#5b5b52', weight: 600 }));
    names.push(c.label);
    boxes.push({ x: x - w / 2, y: y - size, w, h: size * 1.2 });
  }
  return { svg, boxes, names };
}

export interface DetailMapInput {
  id: string;
  outline?: MultiPolygon;
  countries: MapCountry[];
  borders: MultiLineString;
  points: MapPoint[];
  /** Written inside the outline. */
  provinceName?: string;
  title: string;
  /** The description, given the neighbours whose names the map shows. */
  desc: (countries: string[]) => string;
  /** "{km} km" in the page's language. */
  kmLabel: (km: number) => string;
  lang?: string;
  width?: number;
  /** The area shown: by default around the outline and the points; a site passes one around every place, so its maps share it. */
  frame?: Bounds;
}

/**
 * What a detail map draws whatever its points: the frame's projection, the countries with their
 * names, the borders, the outline and where inside it the province's name may go. Every place page
 * of a locale has the same frame (it holds all the places), so a build draws this once per locale
 * (src/data/locator-maps.ts) instead of once per page, where it cost most of the page's time.
 */
export interface DetailBase {
  frame: Bounds;
  width: number;
  height: number;
  projection: GeoProjection;
  /** The countries, the borders, the outline and the countries' names, as SVG elements. */
  background: string[];
  /** The boxes the countries' names take. */
  labelBoxes: Box[];
  /** The neighbours whose names the map shows. */
  names: string[];
  /** Where the province's name may go (insideSpots of the outline). */
  provinceSpots: [number, number][];
}

export function detailBase(
  input: Pick<DetailMapInput, 'outline' | 'countries' | 'borders'>,
  frame: Bounds,
  width = 600,
): DetailBase {
  const { projection, height } = fitFrame(frame, width);
  const path = geoPath(projection).digits(1);
  const labels = countryLabels(
    input.countries.filter((c) => c.id !== VIET_NAM),
    projection,
    width,
    height,
    22,
  );
  const background = drawCountries(path, input.countries, input.borders);
  if (input.outline)
    background.push(
      `<path d="${path(input.outline)}" fill="${COLOURS.provinceFill}" fill-opacity="0.55" stroke="${COLOURS.province}" stroke-width="3" stroke-linejoin="round" data-map="province"/>`,
    );
  background.push(...labels.svg);
  const provinceSpots = input.outline
    ? insideSpots({ type: 'Feature', properties: {}, geometry: input.outline }, projection, width, height)
    : [];
  return { frame, width, height, projection, background, labelBoxes: labels.boxes, names: labels.names, provinceSpots };
}

const sameFrame = (a: Bounds, b: Bounds) =>
  a.west === b.west && a.south === b.south && a.east === b.east && a.north === b.north;

/**
 * The province with its points and neighbours. `base` is the part drawn once for the frame (see
 * detailBase); one drawn for another frame or width is not used.
 */
export function detailMapSvg(input: DetailMapInput, base?: DetailBase): string {
  const width = input.width ?? 600;
  const frame = input.frame ?? frameAround(input.outline, input.points);
  const b = base && base.width === width && sameFrame(base.frame, frame) ? base : detailBase(input, frame, width);
  const { projection, height } = b;
  const out = open(input.id, width, height, input.title, input.desc(b.names), input.lang);
  out.push(...b.background);
  const size = 20;
  const projected = input.points.map((p) => ({ p, xy: projection([p.lon, p.lat]) ?? [0, 0] }));
  const placed = placeLabels(
    projected.map(({ p, xy }) => ({ x: xy[0], y: xy[1], text: p.name, size, r: p.highlight ? 9 : 6 })),
    { x: 0, y: 0, w: width, h: height - 50 },
    b.labelBoxes,
  );
  projected.forEach(({ p, xy }, i) => {
    const r = p.highlight ? 9 : 6,
      at = placed[i];
    if (!at) throw new Error(`placeLabels gave no place for point ${i + 1} (${p.name})`);
    // A name moved away from its point (points close together) gets a thin line back to it.
    const nx = Math.min(Math.max(xy[0], at.box.x), at.box.x + at.box.w),
      ny = Math.min(Math.max(xy[1], at.box.y), at.box.y + at.box.h);
    if (Math.hypot(nx - xy[0], ny - xy[1]) > r + size)
      out.push(
        `<path d="M${f1(xy[0])} ${f1(xy[1])}L${f1(nx)} ${f1(ny)}" stroke="${COLOURS.text}" stroke-width="1.2" fill="none"/>`,
      );
    out.push(
      `<circle cx="${f1(xy[0])}" cy="${f1(xy[1])}" r="${r}" fill="${p.highlight ? COLOURS.highlight : COLOURS.point}" stroke="${COLOURS.halo}" stroke-width="2.5" data-map="point"/>`,
    );
    out.push(
      text(at.x, at.y, p.name, size, {
        anchor: at.anchor,
        weight: p.highlight ? 700 : 400,
        lang: p.lang,
        width,
        lines: at.lines,
      }),
    );
  });
  if (input.outline && input.provinceName) {
    // The province's name last, where it covers no point and no name.
    const label = input.provinceName.toLocaleUpperCase(),
      w = textWidth(label, 24 * 1.4);
    const taken = [
      ...b.labelBoxes,
      ...placed.map((l) => l.box),
      ...projected.map(({ xy }) => ({ x: xy[0] - 10, y: xy[1] - 10, w: 20, h: 20 })),
    ];
    const at = b.provinceSpots.find(([x, y]) => {
      const cx = keepInside(x, label, 24 * 1.4, 'middle', width);
      return !taken.some((box) => overlaps({ x: cx - w / 2, y: y - 24, w, h: 29 }, box));
    });
    if (at)
      out.push(
        text(keepInside(at[0], label, 24 * 1.4, 'middle', width), at[1], label, 24, {
          fill: COLOURS.province,
          weight: 700,
        }),
      );
  }
  // Scale bar along the bottom, measured on the sphere across the frame's middle.
  const left = projection.invert?.([0, height / 2]),
    right = projection.invert?.([width, height / 2]);
  if (left && right) {
    const widthKm = geoDistance(left, right) * EARTH_RADIUS_KM,
      km = scaleBarKm(widthKm),
      bar = (km / widthKm) * width,
      y = height - 20;
    out.push(
      `<path d="M16 ${y - 6}V${y}H${f1(16 + bar)}V${y - 6}" fill="none" stroke="${COLOURS.text}" stroke-width="2.5"/>`,
    );
    out.push(text(24 + bar, y, input.kmLabel(km), 18, { anchor: 'start' }));
  }
  out.push('</svg>');
  return out.join('\n');
}

export interface OverviewMapInput {
  id: string;
  outline?: MultiPolygon;
  countries: MapCountry[];
  borders: MultiLineString;
  title: string;
  desc: string;
  sea: string;
  /** Viet Nam's name in the page's language, written on the country. */
  country?: string;
  /** The two archipelagos, with a position (their middle) to mark each. */
  archipelagos: { name: string; lat: number; lon: number }[];
  lang?: string;
  width?: number;
}

/** Viet Nam's mainland, the East Sea and the archipelagos: the frame of the overview map. */
export const OVERVIEW_FRAME: Bounds = { west: 101.6, south: 7.6, east: 116.4, north: 23.6 };

/** Viet Nam among its neighbours, with the province filled. */
export function overviewMapSvg(input: OverviewMapInput): string {
  const width = input.width ?? 360;
  const { projection, height } = fitFrame(OVERVIEW_FRAME, width);
  // Whole units: at this scale a tenth of a unit is far below a pixel.
  const path = geoPath(projection).digits(0);
  const out = open(input.id, width, height, input.title, input.desc, input.lang);
  out.push(...drawCountries(path, input.countries, input.borders));
  if (input.outline)
    out.push(
      `<path d="${path(input.outline)}" fill="${COLOURS.province}" stroke="${COLOURS.province}" stroke-width="1" data-map="province"/>`,
    );
  const neighbours = countryLabels(
    input.countries.filter((c) => c.id !== VIET_NAM),
    projection,
    width,
    height,
    14,
  );
  out.push(...neighbours.svg);
  const vietNam = input.countries.find((c) => c.id === VIET_NAM);
  if (vietNam && input.country) {
    // On the country, as near its middle as leaves the filled province and the neighbours' names clear.
    const label = input.country.toLocaleUpperCase(),
      size = 14,
      w = textWidth(label, size * 1.4);
    const province = input.outline ? boundsOf(path.bounds(input.outline)) : undefined;
    const taken = [...neighbours.boxes, ...(province ? [province] : [])];
    const at = provinceLabelAnchor(vietNam.feature, projection, width, height, (x, y) => {
      const cx = keepInside(x, label, size * 1.4, 'middle', width);
      return !taken.some((b) => overlaps({ x: cx - w / 2, y: y - size, w, h: size * 1.2 }, b));
    });
    if (at)
      out.push(
        text(keepInside(at[0], label, size * 1.4, 'middle', width), at[1], label, size, {
          weight: 700,
          data: 'country-name',
        }),
      );
  }
  const [sx, sy] = projection([112.6, 13.4]) ?? [0, 0];
  out.push(text(sx, sy, input.sea, 15, { fill: COLOURS.seaText, italic: true }));
  for (const a of input.archipelagos) {
    const [x, y] = projection([a.lon, a.lat]) ?? [0, 0];
    // A cluster of small islands, not their outlines: at this scale they are a few pixels wide.
    for (const [dx, dy] of [
      [0, 0],
      [6, 3],
      [-5, 4],
      [3, -5],
      [-3, -3],
    ] as const)
      out.push(`<circle cx="${f1(x + dx)}" cy="${f1(y + dy)}" r="1.6" fill="${COLOURS.text}"/>`);
    out.push(text(x, y + 20, a.name, 13, { width }));
  }
  out.push('</svg>');
  return out.join('\n');
}
