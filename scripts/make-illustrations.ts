/**
 * `npx node scripts/make-illustrations.ts` makes the team's drawings into the raster files pieces
 * use, once, so builds never rasterise SVG (same bytes on every machine): every drawing
 * content/<province>/images/drawings/<name>.svg becomes images/<name>.jpg. Re-run it after changing a drawing.
 * (Locator maps are drawn by the place pages themselves: src/components/places/LocatorMap.astro.)
 */
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentRoot, listProvinceIds } from '../src/node/provinces.ts';

for (const province of listProvinceIds()) {
  const drawings = join(contentRoot, province, 'images', 'drawings');
  for (const file of existsSync(drawings)
    ? readdirSync(drawings)
        .filter((f) => f.endsWith('.svg'))
        .sort()
    : []) {
    const target = join(contentRoot, province, 'images', file.replace(/\.svg$/, '.jpg'));
    writeFileSync(
      target,
      await sharp(join(drawings, file))
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 90, mozjpeg: true })
        .toBuffer(),
    );
    console.log(target);
  }
}
