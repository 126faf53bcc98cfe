/** Stand-alone pages such as "About our foreign-information work": content/<province>/pages/<lang>/<slug>.md. */
import { z } from 'astro/zod';
import { isoDate } from './localized.ts';
import { translationMeta } from './translation.ts';

const text = {
  /** Page title. */
  title: z.string().min(3),
  /** One or two sentences for search results and social cards. */
  summary: z.string().min(10),
};

export const pageSource = z.strictObject({
  ...text,
  /** Date the content was last checked. */
  updated: isoDate,
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
});

export const pageTranslation = z.strictObject({ ...text, translation: translationMeta });
