/** Promotion pieces (heritage, places, border gates, festivals, products): content/<province>/places/<lang>/<slug>.mdx. */
import { z } from 'astro/zod';
import { localized, slug } from './localized.ts';
import { imageRef, imageText } from './image.ts';
import { sourceRef } from './source.ts';
import { translationMeta } from './translation.ts';

const text = {
  title: z.string().min(2).meta({ description: 'Name of the place or heritage.' }),
  summary: z.string().min(10).meta({ description: 'One or two sentences for lists, search results and social cards.' }),
};

export const placeSource = z.strictObject({
  ...text,
  kind: z
    .enum([
      'intangible-heritage',
      'relic-site',
      'border-gate',
      'festival',
      'landscape',
      'product',
      'craft-village',
      'museum',
    ])
    .meta({ description: 'What kind of piece it is.' }),
  location: z
    .strictObject({
      name: localized.meta({
        description: 'Place name per locale, as of today and as documents of its time named it.',
      }),
      lat: z.number().min(-90).max(90).meta({ description: 'Latitude in decimal degrees.' }),
      lon: z.number().min(-180).max(180).meta({ description: 'Longitude in decimal degrees.' }),
    })
    .meta({ description: 'Where it is.' }),
  recognition: z
    .array(
      z.strictObject({
        by: z.string().min(2).meta({ description: 'Who recognised it ("UNESCO", "Bộ VHTTDL").' }),
        list: localized.meta({ description: 'Which list or title, per locale.' }),
        year: z.number().int().min(1900).max(2100).meta({ description: 'Year of recognition.' }),
      }),
    )
    .default([])
    .meta({ description: 'Recognitions: who, which list, which year.' }),
  cover: imageRef.meta({ description: 'The main picture.' }),
  gallery: z.array(imageRef).default([]).meta({ description: 'More pictures, shown as a gallery.' }),
  sources: z
    .array(sourceRef)
    .min(1, 'at least one source for the facts on this page')
    .meta({ description: 'Where the facts come from, listed on the page.' }),
  related: z.array(slug).default([]).meta({ description: 'Related pieces.' }),
  plans: z.array(slug).default([]).meta({ description: 'Plans that name this piece.' }),
  sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
});

export const placeTranslation = z.strictObject({
  ...text,
  cover: imageText.optional().meta({ description: 'Alt text and caption of the main picture, in this language.' }),
  gallery: z
    .array(imageText)
    .default([])
    .meta({ description: 'Alt text and caption of each gallery picture, in this language, in the Vietnamese order.' }),
  translation: translationMeta,
});
export type Place = z.infer<typeof placeSource>;
