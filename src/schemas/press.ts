/** Press releases, statements and press conferences: content/<province>/press/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate, slug } from './localized.ts';
import { attachment, attachmentText } from './source.ts';
import { imageRef, imageText } from './image.ts';
import { translationMeta } from './translation.ts';

const text = {
  title: z.string().min(5).meta({ description: 'Headline.' }),
  summary: z.string().min(10).meta({ description: 'Lead paragraph for lists and feeds.' }),
};

export const pressSource = z.strictObject({
  ...text,
  kind: z
    .enum(['release', 'statement', 'conference'])
    .meta({ description: 'Release, statement, or notice of a press conference.' }),
  date: isoDate.meta({ description: 'Date of publication (for a conference: the day it is held).' }),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM, e.g. "09:30"')
    .optional()
    .meta({ description: 'Start time of a press conference, HH:MM local time.' }),
  venue: z.string().optional().meta({ description: 'Venue of a press conference.' }),
  spokesperson: slug.optional().meta({ description: 'The spokesperson who speaks for it.' }),
  attachments: z.array(attachment).default([]).meta({ description: 'Files to download.' }),
  cover: imageRef
    .optional()
    .meta({ description: 'A photo shown with the release and on its card (JPEG, PNG, WebP or AVIF; not SVG).' }),
  sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
});

export const pressTranslation = z.strictObject({
  ...text,
  cover: imageText.optional().meta({ description: 'Alt text and caption of the photo, in this language.' }),
  attachments: z
    .array(attachmentText)
    .default([])
    .meta({ description: 'Title of each file to download, in this language, in the Vietnamese order.' }),
  translation: translationMeta,
});
export type Press = z.infer<typeof pressSource>;
