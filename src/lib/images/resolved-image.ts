/** A content image as pages show it: src/data/images.ts resolves one for a locale, components take it. */
import type { ImageMetadata } from 'astro';

export interface ResolvedImage {
  /** The frontmatter path, e.g. "images/hat-xoan.svg". */
  src: string;
  meta: ImageMetadata;
  alt: string;
  caption?: { text: string; lang: string };
  credit: string;
  licence: string;
  illustration: boolean;
  /** A class name unique to this file, carrying its dominant colour as the placeholder shown while it loads. */
  placeholderClass: string;
  /** URL of the large version a gallery links to (WebP, at most FULL_WIDTH wide). */
  full: string;
}
