/** Promotion pieces (heritage, places, border gates, festivals, products): content/<province>/places/<lang>/<slug>.mdx. */
import { z } from 'astro/zod';
import { localized, slug } from './localized.ts';
import { imageRef, imageText } from './image.ts';
import { sourceRef } from './source.ts';
import { translationMeta } from './translation.ts';

const text = {
  /** Name of the place or heritage. */
  title: z.string().min(2),
  /** One or two sentences for lists, search results and social cards. */
  summary: z.string().min(10),
};

export const placeSource = z.strictObject({
  ...text,
  /** What kind of piece it is. */
  kind: z.enum(['intangible-heritage', 'relic-site', 'border-gate', 'festival', 'landscape', 'product', 'craft-village', 'museum']),
  /** Where it is. */
  location: z.strictObject({
    /** Place name per locale, as of today and as documents of its time named it. */
    name: localized,
    /** Latitude in decimal degrees. */
    lat: z.number().min(-90).max(90),
    /** Longitude in decimal degrees. */
    lon: z.number().min(-180).max(180),
  }),
  /** Recognitions: who, which list, which year. */
  recognition: z
    .array(
      z.strictObject({
        /** Who recognised it ("UNESCO", "Bộ VHTTDL"). */
        by: z.string().min(2),
        /** Which list or title, per locale. */
        list: localized,
        /** Year of recognition. */
        year: z.number().int().min(1900).max(2100),
      }),
    )
    .default([]),
  /** The main picture. */
  cover: imageRef,
  /** More pictures, shown as a gallery. */
  gallery: z.array(imageRef).default([]),
  /** Where the facts come from, listed on the page. */
  sources: z.array(sourceRef).min(1, 'at least one source for the facts on this page'),
  /** Related pieces. */
  related: z.array(slug).default([]),
  /** Plans that name this piece. */
  plans: z.array(slug).default([]),
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
});

export const placeTranslation = z.strictObject({
  ...text,
  /** Alt text and caption of the main picture, in this language. */
  cover: imageText.optional(),
  /** Alt text and caption of each gallery picture, in this language, in the Vietnamese order. */
  gallery: z.array(imageText).default([]),
  translation: translationMeta,
});
export type Place = z.infer<typeof placeSource>;
