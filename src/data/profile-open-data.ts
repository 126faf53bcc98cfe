/** The open-data records of the investment profiles in a locale (for profiles.csv and profiles.json). */
import { province } from 'virtual:portal';
import { getProfiles, getUsdRate } from './profiles.ts';
import { conceptKey } from './render-keys.ts';
import { pick } from '../lib/localize.ts';
import { localePath } from '../i18n/urls.ts';
import { sortItems } from '../lib/invest/views.ts';
import { toRecord, type ProfileRecord } from '../lib/invest/open-data.ts';

export async function getOpenData(lang: string, site: URL) {
  const rate = await getUsdRate();
  const records: ProfileRecord[] = sortItems(await getProfiles(lang), 'capital').map((p) =>
    toRecord(
      {
        slug: p.slug,
        title: p.title,
        sector: p.sector,
        commune: p.communeName,
        formerDistrict: p.formerDistrict,
        lat: p.entry.data.location.lat,
        lon: p.entry.data.location.lon,
        areaHa: p.areaHa,
        capitalVnd: p.capitalVnd,
        form: p.entry.data.form,
        status: p.status,
        contactUnit: p.contact.unit,
        phone: p.contact.phone,
        email: p.contact.email,
        updated: p.entry.data.updated,
        sample: p.entry.data.sample,
        textLang: p.entry.textLang,
        url: new URL(localePath(lang, 'invest', p.slug), site).href,
      },
      rate,
    ),
  );
  return {
    records,
    rate: { currency: rate.currency, vndPerUnit: rate.vndPerUnit, date: rate.date, source: pick(rate.source, lang) },
  };
}

/**
 * Static paths of profiles.csv and profiles.json in every locale. They show what the investment
 * views show (every profile, its contact on the build date, the exchange rate): the same key.
 */
export function openDataPaths() {
  return Promise.all(
    province.locales.map(async (lang) => ({ params: { lang }, cacheKey: await conceptKey('profiles', 'open data') })),
  );
}
