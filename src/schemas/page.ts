/** Stand-alone pages such as "About our foreign-information work": content/<province>/pages/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate } from './localized.ts';
import { translationMeta } from './translation.ts';

const text = {
  title: z.string().min(3).meta({ description: 'Page title.' }),
  summary: z.string().min(10).meta({ description: 'One or two sentences for search results and social cards.' }),
};

export const pageSource = z.strictObject({
  ...text,
  updated: isoDate.meta({ description: 'Date the content was last checked.' }),
  sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
});

export const pageTranslation = z.strictObject({ ...text, translation: translationMeta });
