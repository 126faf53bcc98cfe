/** Spokespeople (Decree 09/2017/NĐ-CP): content/<province>/people/<slug>.yaml. */
import { z } from 'astro/zod';
import { isoDate, langTag, localized, phone, slug } from './localized.ts';
import { schemaIssue } from '../lib/content-check/schema-findings.ts';

export const personSchema = z
  .strictObject({
    name: z.string().min(2).meta({ description: 'Full name as written in Vietnamese, with diacritics.' }),
    title: localized.meta({ description: 'Position per locale ("Chánh Văn phòng UBND tỉnh").' }),
    unit: slug.meta({ description: 'The unit they speak for.' }),
    phone: phone.meta({ description: 'Phone journalists call (Decree 09/2017 requires it).' }),
    email: z
      .email('an email address')
      .meta({ description: 'Email journalists write to (Decree 09/2017 requires it).' }),
    languages: z.array(langTag).min(1).meta({ description: 'Languages they answer in.' }),
    topics: z.array(localized).default([]).meta({ description: 'Topics they speak on, per locale.' }),
    appointment: z
      .strictObject({
        number: z.string().min(3).meta({ description: 'Decision number as written, e.g. "123/QĐ-UBND".' }),
        date: isoDate.meta({ description: 'Date of the decision.' }),
        by: localized.meta({ description: 'Who decided it, per locale.' }),
      })
      .meta({ description: 'The decision that appointed them.' }),
    from: isoDate.meta({ description: 'First day as spokesperson.' }),
    to: isoDate.optional().meta({ description: 'Last day as spokesperson; absent while in office.' }),
    sample: z
      .boolean()
      .default(false)
      .meta({ description: 'True when the person, phone and email are invented for demonstration.' }),
  })
  .superRefine((p, ctx) => {
    // YYYY-MM-DD dates compare as text.
    if (p.to !== undefined && p.to < p.from)
      ctx.addIssue(schemaIssue({ code: 'ends-before-start', from: p.from, to: p.to }, ['to'], p.to));
  });
export type Person = z.infer<typeof personSchema>;
