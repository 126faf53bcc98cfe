/**
 * Content images: a frontmatter `src` ("images/hat-xoan.jpg", relative to the province folder)
 * becomes the file's ImageMetadata for astro:assets, with alt, caption and credit picked for a
 * locale and a placeholder class (its colour is in a stylesheet generated at build:
 * src/node/placeholder-stylesheet.ts).
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { province } from 'virtual:portal';
import type { ImageRef, ImageText } from '../schemas/image.ts';
import { placeholderClass } from '../lib/images/placeholder.ts';
import type { ResolvedImage } from '../lib/images/resolved-image.ts';

// '@province' is this province's content folder (an alias set by the portal integration). Raster
// only, as the content check requires (IMAGE_SRC in src/lib/safety/names.ts): builds never rasterise SVG.
const globbed = import.meta.glob<ImageMetadata>('@province/images/*.{jpg,jpeg,png,webp,avif}', {
  eager: true,
  import: 'default',
});
/** "images/x.jpg" → its metadata. */
const files = new Map(Object.entries(globbed).map(([key, meta]) => [key.slice(key.lastIndexOf('/images/') + 1), meta]));

export type { ResolvedImage } from '../lib/images/resolved-image.ts';

/** Width of the large version a gallery links to. */
const FULL_WIDTH = 1600;

/**
 * The image of a Vietnamese source with the words of the language shown: `text` is the
 * translation's alt text, caption and credit (in `textLang`), absent on Vietnamese pages and fallbacks. A
 * caption the translation lacks stays Vietnamese, marked so; throws with the file name when the
 * content check was bypassed and the file is missing.
 */
export async function resolveImage(
  ref: ImageRef,
  text: ImageText | undefined,
  textLang: string,
): Promise<ResolvedImage> {
  // ref.src is parsed: the schema has already read the CMS's "/images/x.jpg" as "images/x.jpg" (imagePath).
  const meta = files.get(ref.src);
  if (!meta) throw new Error(`content/${province.id}/${ref.src}: image not found`);
  return {
    src: ref.src,
    meta,
    alt: text?.alt ?? ref.alt,
    caption: text?.caption
      ? { text: text.caption, lang: textLang }
      : ref.caption
        ? { text: ref.caption, lang: 'vi' }
        : undefined,
    credit: text?.credit ?? ref.credit,
    licence: ref.licence,
    illustration: ref.illustration,
    full: (await getImage({ src: meta, format: 'webp', width: Math.min(meta.width, FULL_WIDTH) })).src,
    placeholderClass: placeholderClass(ref.src),
  };
}
