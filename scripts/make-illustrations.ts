/**
 * `npx node scripts/make-illustrations.ts` makes the team's illustrations into the raster files
 * pieces use, once, so builds never rasterise SVG (same bytes on every machine):
 * - every drawing content/<province>/images/drawings/<name>.svg becomes images/<name>.jpg;
 * - one locator map per province is drawn from the coordinates of its pieces
 *   (places/vi/*.mdx in slug order, one number per distinct position) as images/map-<province>.png.
 * Re-run it after changing a drawing, adding a piece or moving a point; then check the map captions' numbering.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { locatorMapSvg, type MapPoint } from '../src/lib/images/locator-map.ts';
import { contentRoot, listProvinceIds } from '../src/node/provinces.ts';

function pointsOf(province: string): { slug: string; point: MapPoint }[] {
  const dir = join(contentRoot, province, 'places', 'vi');
  if (!existsSync(dir)) return [];
  const seen = new Set<string>();
  const out: { slug: string; point: MapPoint }[] = [];
  for (const file of readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort()) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    const loc = front ? (parse(front) as { location?: { lat: number; lon: number } }).location : undefined;
    if (!loc) continue;
    const key = `${loc.lat},${loc.lon}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ slug: file.replace(/\.mdx?$/, ''), point: { lat: loc.lat, lon: loc.lon } });
  }
  return out;
}

for (const province of listProvinceIds()) {
  const drawings = join(contentRoot, province, 'images', 'drawings');
  for (const file of existsSync(drawings) ? readdirSync(drawings).filter((f) => f.endsWith('.svg')).sort() : []) {
    const target = join(contentRoot, province, 'images', file.replace(/\.svg$/, '.jpg'));
    writeFileSync(target, await sharp(join(drawings, file)).flatten({ background: '#ffffff' }).jpeg({ quality: 90, mozjpeg: true }).toBuffer());
    console.log(target);
  }
  const points = pointsOf(province);
  if (!points.length) continue;
  const svg = locatorMapSvg(points.map((p) => p.point));
  const target = join(contentRoot, province, 'images', `map-${province}.png`);
  // Palette PNG at full compression: flat colours stay small and the bytes do not change between runs.
  writeFileSync(target, await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer());
  console.log(`${target}: ${points.map((p, i) => `${i + 1} ${p.slug}`).join(', ')}`);
}
