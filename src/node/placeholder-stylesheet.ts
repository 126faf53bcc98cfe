/** The placeholder stylesheet of a province: every picture in its images/ folder with its dominant colour (sharp). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { rgbToHex } from '../lib/images/responsive.ts';
import { placeholderRules } from '../lib/images/placeholder.ts';

/** The pictures src/data/images.ts globs: raster only (a glob must be a literal there, so the list is repeated here). */
const PICTURE = /\.(jpe?g|png|webp|avif)$/;

export async function placeholderStylesheet(contentDir: string): Promise<string> {
  const dir = join(contentDir, 'images');
  if (!existsSync(dir)) return '';
  const names = readdirSync(dir).filter((n) => PICTURE.test(n));
  const colours = await Promise.all(
    names.map(async (n) => [`images/${n}`, rgbToHex((await sharp(join(dir, n)).stats()).dominant)] as const),
  );
  return placeholderRules(new Map(colours));
}
