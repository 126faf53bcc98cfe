/** What a translation records about itself. */
import { z } from 'astro/zod';

export const translationMeta = z.strictObject({
  status: z.enum(['reviewed', 'draft']).meta({
    description: '"reviewed" when a person checked it; "draft" (e.g. machine-assisted) shows a notice to readers.',
  }),
  source: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'the 12-character fingerprint that `npm run translations -- --stamp` writes')
    .optional()
    .meta({
      description:
        'Fingerprint of the Vietnamese text this translation follows (`npm run translations` fills it); a change marks it stale.',
    }),
});
export type TranslationMeta = z.infer<typeof translationMeta>;
