import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import {
  countries,
  countryBorders,
  provinceOutline,
  simplified,
  OVERVIEW_MIN_WEIGHT,
} from '../../src/lib/maps/boundaries.ts';
import { ADMIN1_NAMES, admin1NameProblem } from '../../src/lib/maps/admin1-names.ts';
import {
  detailBase,
  detailMapSvg,
  fitFrame,
  frameAround,
  keepInside,
  nameNeighbours,
  overviewMapSvg,
  scaleBarKm,
  type MapPoint,
} from '../../src/lib/maps/locator-map.ts';
import { mapPoints, MAP_NEIGHBOURS } from '../../src/lib/maps/points.ts';
import { overlaps, placeLabels, textWidth, wrapLabel } from '../../src/lib/maps/label-placement.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import vnAdmin1 from '../../src/lib/maps/data/vn-admin1.topo.json' with { type: 'json' };

const pleiku = { lat: 13.98, lon: 108.0 };
const leThanh = { lat: 13.78, lon: 107.5 };
const anNhon = { lat: 13.89, lon: 109.1 }; // former Bình Định
const buonMaThuot = { lat: 12.67, lon: 108.04 }; // Đắk Lắk
const vietTri = { lat: 21.32, lon: 105.4 };
const vinhYen = { lat: 21.31, lon: 105.6 }; // former Vĩnh Phúc
const hoaBinh = { lat: 20.81, lon: 105.34 }; // former Hòa Bình
const hanoi = { lat: 21.03, lon: 105.85 };
const inside = (outline: MultiPolygon, p: { lat: number; lon: number }) => geoContains(outline, [p.lon, p.lat]);
const pointCount = (m: MultiPolygon) => m.coordinates.flat(2).length;

const giaLai = provinceOutline(['Gia Lai', 'Bình Định']);
const phuTho = provinceOutline(['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']);

describe('provinceOutline (union of the provinces before 2025)', () => {
  it('puts Pleiku, Lệ Thanh and the former Bình Định inside Gia Lai, and Buôn Ma Thuột outside', () => {
    expect(inside(giaLai, pleiku)).toBe(true);
    expect(inside(giaLai, leThanh)).toBe(true);
    expect(inside(giaLai, anNhon)).toBe(true);
    expect(inside(giaLai, buonMaThuot)).toBe(false);
  });
  it('puts Việt Trì, the former Vĩnh Phúc and Hòa Bình inside Phú Thọ, and Hà Nội outside', () => {
    expect(inside(phuTho, vietTri)).toBe(true);
    expect(inside(phuTho, vinhYen)).toBe(true);
    expect(inside(phuTho, hoaBinh)).toBe(true);
    expect(inside(phuTho, hanoi)).toBe(false);
  });
  it('dissolves the shared borders: the merged province is one piece of land', () => {
    expect(giaLai.coordinates).toHaveLength(1);
    expect(phuTho.coordinates).toHaveLength(1);
  });
  it('says in Vietnamese which name it does not know', () => {
    expect(() => provinceOutline(['Gia Lia'])).toThrow(/Không có ranh giới cho: Gia Lia/);
  });
});

describe('simplification', () => {
  const raw = provinceOutline(['Gia Lai', 'Bình Định'], vnAdmin1 as never);
  it('drops points but keeps the shape around Pleiku', () => {
    expect(pointCount(giaLai)).toBeLessThan(pointCount(raw) * 0.8);
    expect(inside(giaLai, pleiku)).toBe(true);
  });
  it('drops more points at a larger minimum weight', () => {
    const coarse = provinceOutline(['Gia Lai', 'Bình Định'], simplified(vnAdmin1 as never, 1e-3));
    expect(pointCount(coarse)).toBeLessThan(pointCount(giaLai));
  });
});

describe('frameAround and fitFrame (projection bounds)', () => {
  it('contains the outline and the points with a margin', () => {
    const b = frameAround(giaLai, [pleiku]);
    const lons = giaLai.coordinates.flat(2).map((p) => p[0]!),
      lats = giaLai.coordinates.flat(2).map((p) => p[1]!);
    expect(b.west).toBeLessThan(Math.min(...lons));
    expect(b.east).toBeGreaterThan(Math.max(...lons));
    expect(b.south).toBeLessThan(Math.min(...lats));
    expect(b.north).toBeGreaterThan(Math.max(...lats));
  });
  it('widens a tall province so the map is no taller than 5:4', () => {
    const { height } = fitFrame(frameAround(phuTho, []), 600);
    expect(height).toBeLessThanOrEqual(760);
  });
  it('keeps a minimum span around a single point', () => {
    const b = frameAround(undefined, [pleiku]);
    expect(b.north - b.south).toBeCloseTo(0.6);
  });
  it('needs an outline or a point', () => {
    expect(() => frameAround(undefined, [])).toThrow(RangeError);
  });
  it('projects the frame onto the drawing, north up', () => {
    const b = frameAround(giaLai, []);
    const { projection, height } = fitFrame(b, 600);
    const [x0, y0] = projection([b.west, b.north])!,
      [x1, y1] = projection([b.east, b.south])!;
    expect(x0).toBeCloseTo(0, 0);
    expect(y0).toBeCloseTo(0, 0);
    expect(x1).toBeCloseTo(600, 0);
    expect(y1).toBeCloseTo(height, 0);
    const [, yPleiku] = projection([pleiku.lon, pleiku.lat])!,
      [, yLeThanh] = projection([leThanh.lon, leThanh.lat])!;
    expect(yPleiku).toBeLessThan(yLeThanh);
  });
});

describe('helpers', () => {
  it('scaleBarKm picks a round length near a fifth of the width', () => {
    expect(scaleBarKm(60)).toBe(10);
    expect(scaleBarKm(130)).toBe(20);
    expect(scaleBarKm(300)).toBe(50);
  });
  it('keepInside moves a label that would run off the right edge', () => {
    expect(keepInside(590, 'Quần đảo Trường Sa', 13, 'middle', 600)).toBeLessThan(590);
    expect(keepInside(300, 'Lào', 13, 'middle', 600)).toBe(300);
  });
  it('names the neighbours in the page language', () => {
    const named = nameNeighbours(
      [{ id: '418' }, { id: '116' }, { id: '156' }, { id: '764' }, { id: '704' }, { id: '250' }],
      'vi',
    );
    expect(named.map((c) => c.label)).toEqual(['Lào', 'Campuchia', 'Trung Quốc', 'Thái Lan', undefined, undefined]);
    expect(nameNeighbours([{ id: '116' }], 'en')[0]!.label).toBe('Cambodia');
  });
  it('mapPoints highlights the place, then one point per other position, marking names in another language', () => {
    const here = { slug: 'a', ...pleiku, title: 'Biển Hồ', textLang: 'vi' };
    const pts = mapPoints(
      here,
      [
        here,
        { slug: 'b', ...leThanh, title: 'Lệ Thanh', textLang: 'en' },
        { slug: 'c', ...pleiku, title: 'Same place', textLang: 'en' },
      ],
      'en',
    );
    expect(pts.map((p) => [p.name, p.highlight, p.lang])).toEqual([
      ['Biển Hồ', true, 'vi'],
      ['Lệ Thanh', false, undefined],
    ]);
  });
  it('mapPoints marks at most MAP_NEIGHBOURS other places, the nearest, in the order given', () => {
    // 30 places along a parallel, the page's place at the 11th: its map names it and its 20 nearest.
    const row = Array.from({ length: 30 }, (_, i) => ({
      slug: `p${i}`,
      lat: 14,
      lon: 107 + i * 0.05,
      title: `P${i}`,
      textLang: 'vi',
    }));
    const pts = mapPoints(row[10]!, row, 'vi');
    expect(MAP_NEIGHBOURS).toBe(20);
    expect(pts.map((p) => p.name)).toEqual([
      'P10',
      ...Array.from({ length: 21 }, (_, i) => `P${i}`).filter((n) => n !== 'P10'),
    ]);
    expect(mapPoints(row[0]!, row.slice(0, 5), 'vi')).toHaveLength(5);
  });
});

describe('placeLabels', () => {
  const frame = { x: 0, y: 0, w: 600, h: 500 };
  it('puts a name right of its point when nothing is in the way', () => {
    const [l] = placeLabels([{ x: 100, y: 100, text: 'Pleiku', size: 20, r: 6 }], frame);
    expect(l).toMatchObject({ anchor: 'start', clear: true });
    expect(l!.x).toBeGreaterThan(100);
  });
  it('keeps the long names of two points 15 px apart from covering each other or the points', () => {
    const req = [
      { x: 240, y: 315, text: 'Biển Hồ (hồ Tơ Nưng)', size: 20, r: 9 },
      { x: 245, y: 330, text: 'Không gian văn hóa Cồng chiêng Tây Nguyên ở Gia Lai', size: 20, r: 6 },
      { x: 100, y: 390, text: 'Cửa khẩu quốc tế Lệ Thanh', size: 20, r: 6 },
    ];
    const placed = placeLabels(req, frame);
    expect(placed.every((l) => l.clear)).toBe(true);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
    for (const l of placed)
      for (const p of req) expect(overlaps(l.box, { x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r })).toBe(false);
  });
  it('breaks a long name into even lines and leaves a short one whole', () => {
    expect(wrapLabel('Không gian văn hóa Cồng chiêng Tây Nguyên ở Gia Lai', 20, 300)).toEqual([
      'Không gian văn hóa Cồng',
      'chiêng Tây Nguyên ở Gia Lai',
    ]);
    expect(wrapLabel('Pleiku', 20, 300)).toEqual(['Pleiku']);
  });
  it('stays inside the frame', () => {
    const [l] = placeLabels([{ x: 590, y: 10, text: 'Near the corner', size: 20, r: 6 }], frame);
    expect(l!.box.x).toBeGreaterThanOrEqual(0);
    expect(l!.box.x + l!.box.w).toBeLessThanOrEqual(600);
    expect(l!.box.y).toBeGreaterThanOrEqual(0);
  });
});

describe('detailMapSvg', () => {
  const points: MapPoint[] = [
    { ...pleiku, name: 'Pleiku', highlight: true },
    { ...leThanh, name: 'Cửa khẩu Lệ Thanh' },
  ];
  let shown: string[] = [];
  const svg = detailMapSvg({
    id: 'm',
    outline: giaLai,
    countries: nameNeighbours(countries(), 'vi'),
    borders: countryBorders(),
    points,
    provinceName: 'Gia Lai',
    title: 'Bản đồ định vị',
    desc: (c) => {
      shown = c;
      return `Giáp ${c.join(', ')}`;
    },
    kmLabel: (km) => `${km} km`,
  });
  it('draws the province outline, the points and their names, and the neighbour across the border', () => {
    expect(svg.match(/<path [^>]*data-map="province"/g)).toHaveLength(1);
    expect(svg.match(/<circle [^>]*data-map="point"/g)).toHaveLength(2);
    expect(svg).toContain('>Pleiku</text>');
    expect(svg).toContain('>Cửa khẩu Lệ Thanh</text>');
    expect(svg).toContain('>CAMPUCHIA</text>');
    expect(shown).toContain('Campuchia');
    expect(svg).toMatch(/>\d+ km<\/text>/);
  });
  it('has an accessible name and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-title" aria-describedby="m-desc"/);
    expect(svg).toContain('<title id="m-title">Bản đồ định vị</title>');
    expect(svg).toContain('<desc id="m-desc">Giáp Campuchia</desc>');
  });
  it('needs nothing from another origin and no style attribute', () => {
    expect(svg).not.toMatch(/\sstyle=|href=|<script|<image/);
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });
  it('stays small', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(12_000);
  });
  // Every place page of a locale has the same frame (it holds all the places): the countries, their
  // names and the outline are drawn once for it, not once per page (issue 20: ~0.3 s a page).
  it('draws each page from a base drawn once for the frame, as it would draw it alone', () => {
    const input = (highlight: number) => ({
      id: 'm',
      outline: giaLai,
      countries: nameNeighbours(countries(), 'vi'),
      borders: countryBorders(),
      provinceName: 'Gia Lai',
      points: points.map((p, i) => ({ ...p, highlight: i === highlight })),
      title: 'Bản đồ định vị',
      desc: (c: string[]) => `Giáp ${c.join(', ')}`,
      kmLabel: (km: number) => `${km} km`,
    });
    const base = detailBase(input(0), frameAround(giaLai, points));
    for (const highlight of [0, 1]) expect(detailMapSvg(input(highlight), base)).toBe(detailMapSvg(input(highlight)));
  });
  it('uses the base it is given for its frame, and draws anew for another frame', () => {
    const input = {
      id: 'm',
      outline: giaLai,
      countries: [],
      borders: { type: 'MultiLineString' as const, coordinates: [] },
      points,
      title: 't',
      desc: () => 'd',
      kmLabel: String,
    };
    const frame = frameAround(giaLai, points);
    const marked = { ...detailBase(input, frame), background: ['<g data-test="base"/>'] };
    expect(detailMapSvg(input, marked)).toContain('<g data-test="base"/>');
    const elsewhere = {
      ...detailBase(input, { ...frame, west: frame.west - 1 }),
      background: ['<g data-test="base"/>'],
    };
    expect(detailMapSvg(input, elsewhere)).not.toContain('data-test');
    expect(detailMapSvg(input, elsewhere)).toBe(detailMapSvg(input));
  });
  it('escapes names', () => {
    const s = detailMapSvg({
      id: 'x',
      countries: [],
      borders: { type: 'MultiLineString', coordinates: [] },
      points: [{ ...pleiku, name: 'A & <B>' }],
      title: 't',
      desc: () => 'd',
      kmLabel: String,
    });
    expect(s).toContain('A &amp; &lt;B&gt;');
  });
});

describe('overviewMapSvg', () => {
  const svg = overviewMapSvg({
    id: 'o',
    outline: phuTho,
    countries: nameNeighbours(countries(OVERVIEW_MIN_WEIGHT), 'vi'),
    borders: countryBorders(OVERVIEW_MIN_WEIGHT),
    title: 'Vị trí',
    desc: 'Việt Nam',
    sea: 'Biển Đông',
    archipelagos: [
      { name: 'Quần đảo Hoàng Sa', lat: 16.5, lon: 112 },
      { name: 'Quần đảo Trường Sa', lat: 10, lon: 114.3 },
    ],
  });
  it('fills the province and names the neighbours, the sea and the archipelagos', () => {
    expect(svg).toMatch(/<path [^>]*data-map="province"/);
    for (const name of ['TRUNG QUỐC', 'LÀO', 'CAMPUCHIA', 'Biển Đông', 'Quần đảo Hoàng Sa', 'Quần đảo Trường Sa'])
      expect(svg).toContain(`>${name}</text>`);
  });
  it('stays small', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(16_000);
  });
  it('names Viet Nam in the page’s language, clear of the filled province', () => {
    for (const outline of [phuTho, giaLai]) {
      const map = overviewMapSvg({
        id: 'o',
        outline,
        countries: nameNeighbours(countries(OVERVIEW_MIN_WEIGHT), 'en'),
        borders: countryBorders(OVERVIEW_MIN_WEIGHT),
        title: 'Where',
        desc: 'Viet Nam',
        sea: 'East Sea',
        country: 'Viet Nam',
        archipelagos: [],
        lang: 'en',
      });
      const label =
        /<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*data-map="country-name"[^>]*>VIET NAM<\/text>/.exec(map);
      expect(label, 'the label').not.toBeNull();
      const province = /<path d="([^"]+)"[^>]*data-map="province"/.exec(map)![1]!;
      const xs = [...province.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1])),
        ys = [...province.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
      const [x, y, size] = [Number(label![1]), Number(label![2]), Number(label![3])];
      const half = (size * 1.4 * 'VIET NAM'.length * 0.62) / 2;
      const clear =
        x + half < Math.min(...xs) || x - half > Math.max(...xs) || y < Math.min(...ys) || y - size > Math.max(...ys);
      expect(clear, `label at ${x},${y} over the province`).toBe(true);
    }
  });
});

describe('mapRegions in province.yaml', () => {
  it('knows the names of the data, and says in Vietnamese what to write for one it does not know', () => {
    expect(ADMIN1_NAMES).toContain('Gia Lai');
    expect(ADMIN1_NAMES).toContain('Hòa Bình');
    expect(admin1NameProblem('Gia Lai')).toBeUndefined();
    expect(admin1NameProblem('Binh Dinh')).toMatch(/không có trong dữ liệu ranh giới/);
  });
  it('is checked by the province schema', () => {
    const field = provinceSchema.shape.mapRegions;
    expect(field.safeParse(['Gia Lai', 'Bình Định']).success).toBe(true);
    const bad = field.safeParse(['Binh Dinh']);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/"Binh Dinh" không có trong dữ liệu ranh giới/);
  });
});

describe('textWidth (the estimate that keeps names inside the map)', () => {
  it('counts a Hangul syllable or a Chinese character as a full em, wider than a Latin letter', () => {
    expect(textWidth('역사 유적지', 20)).toBeGreaterThanOrEqual(5 * 20 * 0.95);
    expect(textWidth('역사', 20)).toBeGreaterThan(textWidth('ab', 20) * 1.5);
  });
  it('gives combining marks no width of their own (Khmer vowel signs, decomposed Vietnamese)', () => {
    expect(textWidth('Ho\u0300', 20)).toBe(textWidth('Ho', 20));
    expect(textWidth('ក\u17B6', 20)).toBe(textWidth('ក', 20));
  });
});
