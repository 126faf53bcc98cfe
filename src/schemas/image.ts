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
  z.string({
    error: (issue): string | undefined =>
      issue.input && typeof issue.input === 'object'
        ? vi.textPerFile(JSON.stringify(issue.input), vi.imageTexts[what])
        : undefined,
  });

export const imageRef = z.strictObject({
  src: z
    .string()
    .overwrite(imagePath)
    .regex(IMAGE_SRC, {
      error: (issue): string | undefined => sayIf(vi.assetName, assetPathProblem(String(issue.input), 'images')),
    })
    .meta({
      description:
        'Path of the image file, relative to the province folder, e.g. "images/hat-xoan.jpg" (raster: builds never rasterise SVG); the CMS\'s "/images/…" is read as the same.',
    }),
  alt: plainText('alt').min(1).meta({
    description:
      'What the image shows, for people who cannot see it, in Vietnamese (each translation describes it in its own file).',
  }),
  caption: plainText('caption')
    .min(1)
    .optional()
    .meta({ description: 'Caption in Vietnamese (each translation has its own).' }),
  credit: z
    .string()
    .min(1, 'who made the image, e.g. "Illustration: portal team"')
    .meta({ description: 'Who made it ("Illustration: portal team", "Photo: Nguyễn Văn A").' }),
  licence: z
    .string()
    .min(1, 'the licence, e.g. "CC BY 4.0"')
    .meta({ description: 'Licence, e.g. "CC BY 4.0" or "© Sở VHTTDL, used with permission".' }),
  illustration: z.boolean().default(false).meta({
    description: 'True for drawings and maps the team made, shown captioned as illustrations, not photographs.',
  }),
});
export type ImageRef = z.infer<typeof imageRef>;

/** A translation's words for one image of its source: alt text (the check requires it) and caption. */
export const imageText = z.strictObject({
  alt: plainText('alt')
    .min(1)
    .optional()
    .meta({ description: "What the image shows, in this translation's language." }),
  caption: plainText('caption').min(1).optional().meta({ description: "Caption in this translation's language." }),
  credit: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Who made it, in this translation\'s language ("Photo: Nguyễn Văn A"; names as written).' }),
});
export type ImageText = z.infer<typeof imageText>;
