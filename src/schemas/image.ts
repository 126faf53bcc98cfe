/** An image as content refers to it: a file beside the entry, alt text and caption per locale, credit and licence. */
import { z } from 'astro/zod';
import { localized } from './localized.ts';
import { IMAGE_SRC, assetPathProblem } from '../lib/safety/names.ts';

export const imageRef = z.strictObject({
  /** Path of the image file, relative to the province folder, e.g. "images/hat-xoan.jpg" (raster: builds never rasterise SVG). */
  src: z.string().regex(IMAGE_SRC, { error: (issue) => assetPathProblem(String(issue.input), 'images') }),
  /** What the image shows, for people who cannot see it, in every locale the piece exists in. */
  alt: localized,
  /** Caption per locale. */
  caption: localized.optional(),
  /** Who made it ("Illustration: portal team", "Photo: Nguyễn Văn A"). */
  credit: z.string().min(1, 'who made the image, e.g. "Illustration: portal team"'),
  /** Licence, e.g. "CC BY 4.0" or "© Sở VHTTDL, used with permission". */
  licence: z.string().min(1, 'the licence, e.g. "CC BY 4.0"'),
  /** True for drawings and maps the team made, shown captioned as illustrations, not photographs. */
  illustration: z.boolean().default(false),
});
export type ImageRef = z.infer<typeof imageRef>;
