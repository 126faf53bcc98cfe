/** Spokespeople (Decree 09/2017/NĐ-CP): content/<province>/people/<slug>.yaml. */
import { z } from 'astro/zod';
import { isoDate, langTag, localized, phone, slug } from './localized.ts';
import { schemaIssue } from './findings.ts';

export const personSchema = z.strictObject({
  /** Full name as written in Vietnamese, with diacritics. */
  name: z.string().min(2),
  /** Position per locale ("Chánh Văn phòng UBND tỉnh"). */
  title: localized,
  /** The unit they speak for. */
  unit: slug,
  /** Phone journalists call (Decree 09/2017 requires it). */
  phone,
  /** Email journalists write to (Decree 09/2017 requires it). */
  email: z.email('an email address'),
  /** Languages they answer in. */
  languages: z.array(langTag).min(1),
  /** Topics they speak on, per locale. */
  topics: z.array(localized).default([]),
  /** The decision that appointed them. */
  appointment: z.strictObject({
    /** Decision number as written, e.g. "123/QĐ-UBND". */
    number: z.string().min(3),
    /** Date of the decision. */
    date: isoDate,
    /** Who decided it, per locale. */
    by: localized,
  }),
  /** First day as spokesperson. */
  from: isoDate,
  /** Last day as spokesperson; absent while in office. */
  to: isoDate.optional(),
  /** True when the person, phone and email are invented for demonstration. */
  sample: z.boolean().default(false),
}).superRefine((p, ctx) => {
  // YYYY-MM-DD dates compare as text.
  if (p.to !== undefined && p.to < p.from)
    ctx.addIssue(schemaIssue({ code: 'ends-before-start', from: p.from, to: p.to }, ['to'], p.to));
});
export type Person = z.infer<typeof personSchema>;
