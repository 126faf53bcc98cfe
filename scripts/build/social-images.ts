/**
 * Draws the province's social cards (one PNG per section) into the built site with sharp. Each PNG
 * is kept in the build cache under the hash of its SVG, so a rebuild copies it instead of redrawing
 * (palette PNG at level 9 costs ~0.25 s a card).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentRoot, type ProvinceConfig } from '../../src/node/provinces.ts';
import { dictionaryOf } from '../../src/node/dictionaries.ts';
import { provinceCacheDir } from '../../src/node/cache-dir.ts';
import { SOCIAL_SECTIONS, socialCardSvg } from '../../src/lib/social.ts';

export async function writeSocialImages(siteDir: string, province: ProvinceConfig): Promise<void> {
  const logoSvg = readFileSync(join(contentRoot, province.id, province.logo), 'utf8');
  const vi = dictionaryOf('vi');
  const en = dictionaryOf('en');
  const outDir = join(siteDir, 'social');
  const cacheDir = join(provinceCacheDir(province.id), 'social');
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  for (const section of SOCIAL_SECTIONS) {
    const key = section === 'home' ? 'site.tagline' : `nav.${section}`;
    const lines = [vi[key], en[key]].filter((l): l is string => typeof l === 'string');
    const svg = socialCardSvg({ brand: province.themeColor, logoSvg, title: province.name.vi, lines });
    const cached = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
    if (!existsSync(cached)) {
      // Fixed PNG settings and no metadata, so the same card gives the same bytes.
      await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(`${cached}.tmp`);
      renameSync(`${cached}.tmp`, cached);
    }
    copyFileSync(cached, join(outDir, `${section}.png`));
  }
}
