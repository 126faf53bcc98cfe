/** Shared field types: strings per locale, ISO dates, slugs. */
import { z } from 'astro/zod';
import { yearProblem } from '../lib/date-window.ts';
import type { ValueRule } from '../lib/format-issues.ts';

/** A BCP-47 language tag as used in folder names and URLs (vi, en, km, ko, zh-hans…). */
export const langTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'a lowercase language tag such as "vi", "en", "km"');

/** Text per locale; Vietnamese is the source and always present. */
export const localized = z
  .object({ vi: z.string().min(1, 'the Vietnamese text (vi) must not be empty') })
  .catchall(z.string().min(1));
export type Localized = z.infer<typeof localized>;

/**
 * A calendar date written YYYY-MM-DD; impossible dates such as 2024-02-30 are rejected, and so are
 * years outside the plausible window (0000, 9999: see date-window.ts). Every date field uses it.
 */
export const isoDate = z.iso
  .date('a real date written YYYY-MM-DD, e.g. 2024-03-05')
  // Only a well-formed date has a year worth judging (one message per mistake).
  .refine((value) => yearProblem(value) === undefined, {
    params: { rule: 'year-window' satisfies ValueRule },
    error: (issue) => yearProblem(String(issue.input)),
    when: (payload) => payload.issues.length === 0,
  });

/** A slug: lowercase letters, digits and hyphens, the file name of the entry it names. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug of lowercase letters, digits and hyphens, e.g. "so-ngoai-vu"');

/** A phone number as dialled, digits with optional +, spaces, dots or hyphens. */
export const phone = z
  .string()
  .regex(/^\+?[0-9][0-9 .\-()]{5,}$/, 'a phone number such as "0269 3824 000" or "+84 269 3824 000"');
