/**
 * Images as content refers to them. The Vietnamese source holds the picture and its Vietnamese
 * alt text and caption (`imageRef`); each translation holds its own alt text and caption in its
 * own file (`imageText`), item by item in the source's order, so a translator edits them beside
 * the text they translate and adding a language never touches the Vietnamese file.
 */
import { z } from 'astro/zod';
import { IMAGE_SRC, assetPathProblem, imagePath } from '../lib/safety/names.ts';
import { sayIf } from '../lib/finding.ts';
import { vi } from '../lib/content-check/messages/vi.ts';

/**
 * Alt text and caption are plain text in the file's own language (before 2026 they were { vi, en }
 * maps). The build says a map in Vietnamese; the check says it in the editor's language (format-issues.ts).
 */
// Types written out: the catalogues' type reads the schemas.
const plainText = (what: 'alt' | 'caption') =>
  z.string({ error: (issue): string | undefined => (issue.input && typeof issue.input === 'object' ? vi.textPerFile(JSON.stringify(issue.input), vi.imageTexts[what]) : undefined) });

export const imageRef = z.strictObject({
  /** Path of the image file, relative to the province folder, e.g. "images/hat-xoan.jpg" (raster: builds never rasterise SVG); the CMS's "/images/…" is read as the same. */
  src: z.string().overwrite(imagePath).regex(IMAGE_SRC, { error: (issue): string | undefined => sayIf(vi.assetName, assetPathProblem(String(issue.input), 'images')) }),
  /** What the image shows, for people who cannot see it, in Vietnamese (each translation describes it in its own file). */
  alt: plainText('alt').min(1),
  /** Caption in Vietnamese (each translation has its own). */
  caption: plainText('caption').min(1).optional(),
  /** Who made it ("Illustration: portal team", "Photo: Nguyễn Văn A"). */
  credit: z.string().min(1, 'who made the image, e.g. "Illustration: portal team"'),
  /** Licence, e.g. "CC BY 4.0" or "© Sở VHTTDL, used with permission". */
  licence: z.string().min(1, 'the licence, e.g. "CC BY 4.0"'),
  /** True for drawings and maps the team made, shown captioned as illustrations, not photographs. */
  illustration: z.boolean().default(false),
});
export type ImageRef = z.infer<typeof imageRef>;

/** A translation's words for one image of its source: alt text (the check requires it) and caption. */
export const imageText = z.strictObject({
  /** What the image shows, in this translation's language. */
  alt: plainText('alt').min(1).optional(),
  /** Caption in this translation's language. */
  caption: plainText('caption').min(1).optional(),
  /** Who made it, in this translation's language ("Photo: Nguyễn Văn A"; names as written). */
  credit: z.string().min(1).optional(),
});
export type ImageText = z.infer<typeof imageText>;
