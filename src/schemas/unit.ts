/** Units: the agencies plans name (Sở Ngoại vụ, UBND xã…), content/<province>/units/<slug>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized, phone, slug } from './localized.ts';

export const unitSchema = z
  .strictObject({
    name: localized.meta({ description: 'Full name per locale, as documents write it.' }),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: 'Short name as plans abbreviate it ("Sở TT&TT"), used to match imported plan text.' }),
    kind: z
      .enum([
        'people-committee',
        'department',
        'party',
        'police',
        'military',
        'front',
        'mass-organisation',
        'press',
        'school',
        'other',
      ])
      .meta({ description: 'What kind of body it is.' }),
    level: z.enum(['national', 'province', 'district', 'commune']).meta({ description: 'Administrative level.' }),
    parent: slug.optional().meta({ description: 'The unit it belongs to.' }),
    phone: phone.optional().meta({ description: 'Official switchboard phone.' }),
    email: z.email('an email address').optional().meta({ description: 'Official email.' }),
    website: webAddress.optional().meta({ description: 'Official website.' }),
    until: isoDate
      .optional()
      .meta({ description: 'Last day it existed (e.g. districts ended on 2025-06-30); its tasks stay on record.' }),
    successors: z.array(slug).default([]).meta({
      description:
        'The units that took over its work when it was merged, renamed or dissolved (needs `until`); plans keep naming it.',
    }),
    sample: z.boolean().default(false).meta({ description: 'True when invented for demonstration.' }),
  })
  .superRefine((u, ctx) => {
    if (u.successors.length > 0 && u.until === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        params: { key: 'successorsNeedUntil' },
        message: 'missing — a unit with successors needs `until`, its last day',
      });
  });
export type Unit = z.infer<typeof unitSchema>;
