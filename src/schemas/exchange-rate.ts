/** Exchange rates the portal converts with, once for every province: content/national/exchange-rates/<currency>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized } from './localized.ts';

export const exchangeRateSchema = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter currency code such as "USD"')
    .meta({ description: 'ISO 4217 code of the foreign currency, e.g. "USD".' }),
  vndPerUnit: z
    .number()
    .positive('the number of đồng for one unit, e.g. 23942')
    .meta({ description: 'Vietnamese đồng for one unit of the currency, e.g. 23942.' }),
  date: isoDate.meta({ description: 'The day the rate applies to.' }),
  source: localized.meta({
    description: 'Who published it and what kind of rate it is, per locale ("State Bank of Vietnam central rate").',
  }),
  url: webAddress.optional().meta({ description: 'Where the rate was published or reported.' }),
  sample: z.boolean().default(false).meta({ description: 'True when the rate is invented for demonstration.' }),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
