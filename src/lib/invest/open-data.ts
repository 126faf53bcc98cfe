/** The open data of investment profiles: one record per profile, as JSON and as CSV (UTF-8 with BOM). */
import { stringify } from 'csv-stringify/sync';

/** CSV columns in order; each is documented on the listing page (invest.column.<name>). */
export const COLUMNS = [
  'slug',
  'title',
  'sector',
  'commune',
  'former_district',
  'latitude',
  'longitude',
  'area_ha',
  'capital_vnd',
  'capital_usd',
  'usd_rate_vnd',
  'usd_rate_date',
  'form',
  'status',
  'contact_unit',
  'contact_phone',
  'contact_email',
  'updated',
  'sample',
  'text_language',
  'url',
] as const;
export type Column = (typeof COLUMNS)[number];
export type ProfileRecord = Record<Column, string | number | boolean>;

/** What a record is made of: the profile as shown in one locale. */
export interface OpenProfile {
  slug: string;
  title: string;
  sector: string;
  commune: string;
  formerDistrict?: string;
  lat: number;
  lon: number;
  areaHa: number;
  capitalVnd: number;
  form: string;
  status: string;
  contactUnit: string;
  phone?: string;
  email?: string;
  updated: string;
  sample: boolean;
  textLang: string;
  /** Absolute URL of the profile page. */
  url: string;
}

export function toRecord(p: OpenProfile, rate: { vndPerUnit: number; date: string }): ProfileRecord {
  return {
    slug: p.slug,
    title: p.title,
    sector: p.sector,
    commune: p.commune,
    former_district: p.formerDistrict ?? '',
    latitude: p.lat,
    longitude: p.lon,
    area_ha: p.areaHa,
    capital_vnd: p.capitalVnd,
    capital_usd: Math.round(p.capitalVnd / rate.vndPerUnit),
    usd_rate_vnd: rate.vndPerUnit,
    usd_rate_date: rate.date,
    form: p.form,
    status: p.status,
    contact_unit: p.contactUnit,
    contact_phone: p.phone ?? '',
    contact_email: p.email ?? '',
    updated: p.updated,
    sample: p.sample,
    text_language: p.textLang,
    url: p.url,
  };
}

/** CSV with a header row and a byte-order mark, so Excel reads the Vietnamese as UTF-8. */
export function toCsv(records: readonly ProfileRecord[]): string {
  return stringify([...records], {
    bom: true,
    header: true,
    columns: [...COLUMNS],
    record_delimiter: 'windows',
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
}

/** The JSON document: the rate used, then the records. */
export function toJson(
  records: readonly ProfileRecord[],
  meta: { lang: string; rate: { currency: string; vndPerUnit: number; date: string; source: string } },
): string {
  return `${JSON.stringify({ language: meta.lang, exchangeRate: meta.rate, columns: COLUMNS, profiles: records }, null, 2)}\n`;
}
