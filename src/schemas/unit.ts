/** Units: the agencies plans name (Sở Ngoại vụ, UBND xã…), content/<province>/units/<slug>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized, phone, slug } from './localized.ts';

export const unitSchema = z.strictObject({
  /** Full name per locale, as documents write it. */
  name: localized,
  /** Short name as plans abbreviate it ("Sở TT&TT"), used to match imported plan text. */
  aliases: z.array(z.string().min(1)).default([]),
  /** What kind of body it is. */
  kind: z.enum(['people-committee', 'department', 'party', 'police', 'military', 'front', 'mass-organisation', 'press', 'school', 'other']),
  /** Administrative level. */
  level: z.enum(['national', 'province', 'district', 'commune']),
  /** The unit it belongs to. */
  parent: slug.optional(),
  /** Official switchboard phone. */
  phone: phone.optional(),
  /** Official email. */
  email: z.email('an email address').optional(),
  /** Official website. */
  website: webAddress.optional(),
  /** Last day it existed (e.g. districts ended on 2025-06-30); its tasks stay on record. */
  until: isoDate.optional(),
  /** The units that took over its work when it was merged, renamed or dissolved (needs `until`); plans keep naming it. */
  successors: z.array(slug).default([]),
  /** True when invented for demonstration. */
  sample: z.boolean().default(false),
}).superRefine((u, ctx) => {
  if (u.successors.length > 0 && u.until === undefined)
    ctx.addIssue({ code: 'custom', path: ['until'], params: { key: 'successorsNeedUntil' }, message: 'missing — a unit with successors needs `until`, its last day' });
});
export type Unit = z.infer<typeof unitSchema>;
