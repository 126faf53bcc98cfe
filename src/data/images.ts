/**
 * Content images: a frontmatter `src` ("images/hat-xoan.svg", relative to the province folder)
 * becomes the file's ImageMetadata for astro:assets, with alt, caption and credit picked for a
 * locale and a placeholder colour (the image's dominant colour, computed by sharp at build).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentDir, province } from 'virtual:portal';
import type { ImageRef } from '../schemas/image.ts';
import { pickWithLang } from '../lib/localize.ts';
import { rgbToHex } from '../lib/images/responsive.ts';

// '@province' is this province's content folder (an alias set by the portal integration).
const globbed = import.meta.glob<ImageMetadata>('@province/images/*.{jpg,jpeg,png,webp,avif,svg}', { eager: true, import: 'default' });
/** "images/x.jpg" → its metadata. */
const files = new Map(Object.entries(globbed).map(([key, meta]) => [key.slice(key.lastIndexOf('/images/') + 1), meta]));

export interface ResolvedImage {
  /** The frontmatter path, e.g. "images/hat-xoan.svg". */
  src: string;
  meta: ImageMetadata;
  alt: string;
  caption?: { text: string; lang: string };
  credit: string;
  licence: string;
  illustration: boolean;
  /** Dominant colour shown while the picture loads, e.g. "#a3341f". */
  colour: string;
  /** A class name unique to this file, carrying the placeholder colour. */
  placeholderClass: string;
  /** URL of the large version a gallery links to (WebP, at most FULL_WIDTH wide). */
  full: string;
}

/** Width of the large version a gallery links to. */
const FULL_WIDTH = 1600;

const colours = new Map<string, Promise<string>>();

function dominantColour(src: string): Promise<string> {
  if (!colours.has(src)) {
    const file = join(contentDir, src);
    colours.set(src, sharp(file).stats().then((s) => rgbToHex(s.dominant)));
  }
  return colours.get(src)!;
}

/** The image in `lang`; throws with the file name when the content check was bypassed and the file is missing. */
export async function resolveImage(ref: ImageRef, lang: string): Promise<ResolvedImage> {
  const meta = files.get(ref.src);
  if (!meta) throw new Error(`content/${province.id}/${ref.src}: image not found`);
  return {
    src: ref.src,
    meta,
    alt: pickWithLang(ref.alt, lang).text,
    caption: ref.caption ? pickWithLang(ref.caption, lang) : undefined,
    credit: ref.credit,
    licence: ref.licence,
    illustration: ref.illustration,
    colour: await dominantColour(ref.src),
    full: (await getImage({ src: meta, format: 'webp', width: Math.min(meta.width, FULL_WIDTH) })).src,
    placeholderClass: `portal-ph--${ref.src.replace(/^images\//, '').replace(/[^a-z0-9]/gi, '-').toLowerCase()}`,
  };
}

/** One inline stylesheet giving every image on a page its placeholder colour (allowed by hash in the CSP). */
export function placeholderCss(images: ResolvedImage[]): string {
  const rules = new Map(images.map((i) => [i.placeholderClass, `.${i.placeholderClass}{background-color:${i.colour}}`]));
  return [...rules.values()].sort().join('');
}
