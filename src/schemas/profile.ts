/** Investment profiles: content/<province>/profiles/<lang>/<slug>.md. English is required. */
import { z } from 'astro/zod';
import { isoDate, localized, slug } from './localized.ts';
import { attachment, attachmentText } from './source.ts';
import { translationMeta } from './translation.ts';

export const sectors = [
  'agriculture',
  'industry',
  'logistics',
  'tourism',
  'energy',
  'infrastructure',
  'urban',
  'services',
] as const;
export const profileStatuses = ['calling', 'preparing', 'licensed', 'operating'] as const;

const text = {
  title: z.string().min(5).meta({ description: 'Project name.' }),
  summary: z.string().min(10).meta({ description: 'One or two sentences for lists and search results.' }),
  incentives: z
    .array(z.string().min(3))
    .default([])
    .meta({ description: 'Incentives, one item each (land rent, tax…), as the investor reads them.' }),
};

export const profileSource = z.strictObject({
  ...text,
  sector: z.enum(sectors).meta({ description: 'Sector, for filtering.' }),
  location: z
    .strictObject({
      commune: localized.meta({ description: 'Commune or ward, per locale.' }),
      formerDistrict: localized
        .optional()
        .meta({ description: 'Former district as older documents name it, per locale.' }),
      lat: z.number().min(-90).max(90).meta({ description: 'Latitude in decimal degrees.' }),
      lon: z.number().min(-180).max(180).meta({ description: 'Longitude in decimal degrees.' }),
    })
    .meta({ description: 'Where: the commune (and the former district, as documents before 2025-07-01 named it).' }),
  areaHa: z.number().positive('an area in hectares greater than 0').meta({ description: 'Land area in hectares.' }),
  capitalVnd: z
    .number()
    .int()
    .positive('the total capital in VND, a whole number, e.g. 1250000000000')
    .meta({ description: 'Total investment capital in Vietnamese đồng.' }),
  form: z
    .enum(['domestic-or-foreign', 'foreign-owned', 'joint-venture', 'ppp', 'bcc'])
    .meta({ description: 'Investment form ("100% foreign capital", "PPP"…).' }),
  status: z.enum(profileStatuses).meta({ description: 'Where the project stands.' }),
  contact: slug.meta({ description: 'The unit investors contact.' }),
  attachments: z.array(attachment).default([]).meta({ description: 'Documents to download.' }),
  updated: isoDate.meta({ description: 'When the facts were last checked.' }),
  sample: z
    .boolean()
    .default(false)
    .meta({ description: 'True when the profile is invented for demonstration (shown plainly on the page).' }),
});

export const profileTranslation = z.strictObject({
  ...text,
  attachments: z
    .array(attachmentText)
    .default([])
    .meta({ description: 'Title of each document to download, in this language, in the Vietnamese order.' }),
  translation: translationMeta,
});
export type Profile = z.infer<typeof profileSource>;
