/** Investment profiles: content/<province>/profiles/<lang>/<slug>.md. English is required. */
import { z } from 'astro/zod';
import { isoDate, localized, slug } from './localized.ts';
import { attachment, attachmentText } from './source.ts';
import { translationMeta } from './translation.ts';

export const sectors = ['agriculture', 'industry', 'logistics', 'tourism', 'energy', 'infrastructure', 'urban', 'services'] as const;
export const profileStatuses = ['calling', 'preparing', 'licensed', 'operating'] as const;

const text = {
  /** Project name. */
  title: z.string().min(5),
  /** One or two sentences for lists and search results. */
  summary: z.string().min(10),
  /** Incentives, one item each (land rent, tax…), as the investor reads them. */
  incentives: z.array(z.string().min(3)).default([]),
};

export const profileSource = z.strictObject({
  ...text,
  /** Sector, for filtering. */
  sector: z.enum(sectors),
  /** Where: the commune (and the former district, as documents before 2025-07-01 named it). */
  location: z.strictObject({
    /** Commune or ward, per locale. */
    commune: localized,
    /** Former district as older documents name it, per locale. */
    formerDistrict: localized.optional(),
    /** Latitude in decimal degrees. */
    lat: z.number().min(-90).max(90),
    /** Longitude in decimal degrees. */
    lon: z.number().min(-180).max(180),
  }),
  /** Land area in hectares. */
  areaHa: z.number().positive('an area in hectares greater than 0'),
  /** Total investment capital in Vietnamese đồng. */
  capitalVnd: z.number().int().positive('the total capital in VND, a whole number, e.g. 1250000000000'),
  /** Investment form ("100% foreign capital", "PPP"…). */
  form: z.enum(['domestic-or-foreign', 'foreign-owned', 'joint-venture', 'ppp', 'bcc']),
  /** Where the project stands. */
  status: z.enum(profileStatuses),
  /** The unit investors contact. */
  contact: slug,
  /** Documents to download. */
  attachments: z.array(attachment).default([]),
  /** When the facts were last checked. */
  updated: isoDate,
  /** True when the profile is invented for demonstration (shown plainly on the page). */
  sample: z.boolean().default(false),
});

export const profileTranslation = z.strictObject({
  ...text,
  /** Title of each document to download, in this language, in the Vietnamese order. */
  attachments: z.array(attachmentText).default([]),
  translation: translationMeta,
});
export type Profile = z.infer<typeof profileSource>;
