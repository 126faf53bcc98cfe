/**
 * Investment profiles as pages show them in a locale: facts, text (or a flagged Vietnamese
 * fallback), the contact unit with the province's enquiry desk and the current spokesperson,
 * and the one exchange rate every USD figure uses.
 */
import { getCollection } from 'astro:content';
import slugify from '@sindresorhus/slugify';
import { buildDate, province } from 'virtual:portal';
import { getLocalized, type LocalizedEntry } from './entries.ts';
import { getRecords } from './records.ts';
import { pick } from '../lib/localize.ts';
import type { ExchangeRate } from '../schemas/exchange-rate.ts';
import type { InvestSummary as Summary, ProfileContact, ProfileView as View } from '../lib/views/invest.ts';
import { totalsBy } from '../lib/invest/chart.ts';
import { communeLabel, readableName } from '../lib/invest/readable-name.ts';
import { useTranslations } from '../i18n/ui.ts';

type ProfileItem = LocalizedEntry<'profiles'>;
export type ProfileView = View<ProfileItem['data'], ProfileItem['source']>;
export type InvestSummary = Summary<ProfileItem['data'], ExchangeRate>;

/** The USD rate (content/national/exchange-rates/usd.yaml). */
export async function getUsdRate(): Promise<ExchangeRate> {
  const rate = (await getCollection('exchangeRates')).find((r) => r.data.currency === 'USD');
  if (!rate)
    throw new Error(
      'content/national/exchange-rates/usd.yaml: (file): missing — expected the USD rate investment profiles convert with',
    );
  return rate.data;
}

async function contacts(lang: string): Promise<(slug: string) => ProfileContact> {
  const units = new Map((await getRecords('units')).map((u) => [u.id, u.data]));
  const people = (await getRecords('people')).map((p) => p.data);
  const desk = province.agency.contacts[0];
  if (!desk) throw new Error('province.yaml: agency.contacts: missing — expected the desk investors write to');
  const inOffice = (unit: string) =>
    people
      .filter((p) => p.unit === unit && p.from <= buildDate && (!p.to || p.to >= buildDate))
      .sort((a, b) => a.from.localeCompare(b.from))[0];
  return (slug) => {
    const unit = units.get(slug);
    // The content check refuses a profile whose contact names no unit; this holds when it was bypassed.
    if (!unit) throw new Error(`profiles: contact: no unit "${slug}" in units/`);
    const own = unit.phone && unit.email;
    // The unit's own spokesperson, else the one of the body it belongs to (the People's Committee).
    const person = inOffice(slug) ?? (unit.parent ? inOffice(unit.parent) : undefined);
    return {
      unit: pick(unit.name, lang),
      phone: own ? unit.phone : desk.phone,
      email: own ? unit.email : desk.email,
      sample: own ? unit.sample : desk.sample,
      ...(person && {
        spokesperson: {
          name: person.name,
          title: pick(person.title, lang),
          phone: person.phone,
          email: person.email,
          sample: person.sample,
        },
      }),
    };
  };
}

const profiles = new Map<string, Promise<ProfileView[]>>();

/** Every profile in `lang`, with what listings, pages and the open data need (built once per locale). */
export function getProfiles(lang: string): Promise<ProfileView[]> {
  const loading = profiles.get(lang) ?? loadProfiles(lang);
  profiles.set(lang, loading);
  return loading;
}

async function loadProfiles(lang: string): Promise<ProfileView[]> {
  const contactOf = await contacts(lang);
  const t = useTranslations(lang);
  return (await getLocalized('profiles', lang)).map((entry) => {
    const d = entry.data;
    const communeName = readableName(d.location.commune, lang).text;
    const formerDistrict = d.location.formerDistrict && readableName(d.location.formerDistrict, lang).text;
    return {
      entry,
      slug: entry.slug,
      title: d.title,
      summary: d.summary,
      sector: d.sector,
      commune: slugify(d.location.commune.vi),
      communeName,
      ...(formerDistrict && { formerDistrict }),
      communeLabel: communeLabel(communeName, formerDistrict, (values) => t('invest.filter.communeFormer', values)),
      status: d.status,
      capitalVnd: d.capitalVnd,
      areaHa: d.areaHa,
      contact: contactOf(d.contact),
    };
  });
}

/** What the home page's investment section shows: how many profiles, their total capital, totals by sector. */
export async function getInvestSummary(lang: string): Promise<InvestSummary> {
  const profiles = await getProfiles(lang);
  const rate = await getUsdRate();
  return {
    count: profiles.length,
    sample: profiles.filter((p) => p.entry.data.sample).length,
    totalVnd: profiles.reduce((sum, p) => sum + p.capitalVnd, 0),
    bySector: totalsBy(
      profiles,
      (p) => p.sector,
      (p) => p.capitalVnd,
    ),
    rate,
  };
}
