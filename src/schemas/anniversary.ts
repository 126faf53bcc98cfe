/** A base event of the anniversary calendar: content/national/anniversaries/*.yaml and content/<province>/anniversaries/*.yaml. */
import { z } from 'astro/zod';
import { isoDate, localized } from './localized.ts';

/** What sort of event it is; pages group and filter by it. */
/** tradition: a sector's, force's or organisation's day (police, press, trade unions…); history: a battle, an uprising, a treaty, an election. */
export const anniversaryKind = z.enum([
  'national-day',
  'tradition',
  'history',
  'diplomatic',
  'military',
  'province',
  'heritage',
  'international',
]);
export type AnniversaryKind = z.infer<typeof anniversaryKind>;

/** A day of the Vietnamese lunar calendar, repeated every lunar year. */
const lunarDay = z.strictObject({
  month: z.number().int().min(1).max(12).meta({ description: 'Lunar month, 1–12.' }),
  day: z
    .number()
    .int()
    .min(1)
    .max(30)
    .meta({ description: 'Day of the lunar month, 1–30 (a 30th falls back to the 29th in a short month).' }),
  leap: z.boolean().default(false).meta({
    description:
      'True for the intercalary (leap) month of that number; falls back to the regular month in years without it.',
  }),
});

export const anniversarySchema = z
  .strictObject({
    title: localized.meta({
      description:
        'The event\'s name per locale, without "n năm" (the page adds the count), e.g. { vi: "Ngày Quốc khánh", en: "National Day" }.',
    }),
    date: isoDate.optional().meta({ description: 'The day it happened, YYYY-MM-DD; give either this or `lunar`.' }),
    lunar: lunarDay.optional().meta({
      description:
        'A lunar-calendar day instead of `date` (e.g. Giỗ Tổ Hùng Vương: { month: 3, day: 10 }); needs `since`.',
    }),
    since: z
      .number()
      .int()
      .min(1)
      .max(2200)
      .optional()
      .meta({ description: 'With `lunar` only: the year from which anniversaries are counted.' }),
    yearly: z
      .boolean()
      .default(false)
      .meta({ description: 'True to list it every year, not only on round (multiple of 5) anniversaries.' }),
    counted: z.boolean().default(true).meta({
      description:
        'False when the number of years means nothing (Giỗ Tổ Hùng Vương: 1917 is when the date was fixed, not when the commemoration began): pages and feeds then show the day without "n năm".',
    }),
    kind: anniversaryKind.meta({ description: 'What sort of event it is.' }),
    source: z
      .string()
      .min(1, 'where the date is attested: a URL or a document reference')
      .meta({ description: 'Where the date is attested: a URL or a reference to a document.' }),
    sample: z
      .boolean()
      .default(false)
      .meta({ description: 'True when the entry is invented for demonstration (pages then show a notice).' }),
  })
  .superRefine((a, ctx) => {
    if (a.date === undefined && a.lunar === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        params: { key: 'dateOrLunar' },
        message: 'missing — expected either `date` (YYYY-MM-DD) or `lunar` ({ month, day })',
      });
    if (a.date !== undefined && a.lunar !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['lunar'],
        params: { key: 'notBothDates' },
        message: 'give either `date` or `lunar`, not both',
      });
    if (a.lunar !== undefined && a.since === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        params: { key: 'lunarNeedsSince' },
        message: 'missing — a lunar event needs `since`, the year anniversaries count from',
      });
    if (a.date !== undefined && a.since !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        params: { key: 'sinceOnlyLunar' },
        message: 'only for lunar events — a solar `date` already carries its year',
      });
  });
export type AnniversaryData = z.infer<typeof anniversarySchema>;
