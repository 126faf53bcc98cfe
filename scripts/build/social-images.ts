/** Draws the province's social cards (one PNG per section) into the built site with sharp. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentRoot, type ProvinceConfig } from '../../src/node/provinces.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';
import { SOCIAL_SECTIONS, socialCardSvg } from '../../src/lib/social.ts';

export async function writeSocialImages(siteDir: string, province: ProvinceConfig): Promise<void> {
  const logoSvg = readFileSync(join(contentRoot, province.id, province.logo), 'utf8');
  const vi = readDictionary('vi')!;
  const en = readDictionary('en')!;
  const outDir = join(siteDir, 'social');
  mkdirSync(outDir, { recursive: true });
  for (const section of SOCIAL_SECTIONS) {
    const key = section === 'home' ? 'site.tagline' : `nav.${section}`;
    const lines = [vi[key], en[key]].filter((l): l is string => typeof l === 'string');
    const svg = socialCardSvg({ brand: province.themeColor, logoSvg, title: province.name.vi, lines });
    // Fixed PNG settings and no metadata, so the same card gives the same bytes.
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(join(outDir, `${section}.png`));
  }
}
