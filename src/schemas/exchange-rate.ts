/** Exchange rates the portal converts with, once for every province: content/national/exchange-rates/<currency>.yaml. */
import { z } from 'astro/zod';
import { webAddress } from './web-address.ts';
import { isoDate, localized } from './localized.ts';

export const exchangeRateSchema = z.strictObject({
  /** ISO 4217 code of the foreign currency, e.g. "USD". */
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as "USD"'),
  /** Vietnamese đồng for one unit of the currency, e.g. 23942. */
  vndPerUnit: z.number().positive('the number of đồng for one unit, e.g. 23942'),
  /** The day the rate applies to. */
  date: isoDate,
  /** Who published it and what kind of rate it is, per locale ("State Bank of Vietnam central rate"). */
  source: localized,
  /** Where the rate was published or reported. */
  url: webAddress.optional(),
  /** True when the rate is invented for demonstration. */
  sample: z.boolean().default(false),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;
