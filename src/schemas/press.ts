/** Press releases, statements and press conferences: content/<province>/press/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate, slug } from './localized.ts';
import { attachment, attachmentText } from './source.ts';
import { imageRef, imageText } from './image.ts';
import { translationMeta } from './translation.ts';

const text = {
  /** Headline. */
  title: z.string().min(5),
  /** Lead paragraph for lists and feeds. */
  summary: z.string().min(10),
};

export const pressSource = z.strictObject({
  ...text,
  /** Release, statement, or notice of a press conference. */
  kind: z.enum(['release', 'statement', 'conference']),
  /** Date of publication (for a conference: the day it is held). */
  date: isoDate,
  /** Start time of a press conference, HH:MM local time. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM, e.g. "09:30"').optional(),
  /** Venue of a press conference. */
  venue: z.string().optional(),
  /** The spokesperson who speaks for it. */
  spokesperson: slug.optional(),
  /** Files to download. */
  attachments: z.array(attachment).default([]),
  /** A photo shown with the release and on its card (JPEG, PNG, WebP or AVIF; not SVG). */
  cover: imageRef.optional(),
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
});

export const pressTranslation = z.strictObject({
  ...text,
  /** Alt text and caption of the photo, in this language. */
  cover: imageText.optional(),
  /** Title of each file to download, in this language, in the Vietnamese order. */
  attachments: z.array(attachmentText).default([]),
  translation: translationMeta,
});
export type Press = z.infer<typeof pressSource>;
