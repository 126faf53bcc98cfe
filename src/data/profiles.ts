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
import type { Profile } from '../schemas/profile.ts';
import type { Facetted } from '../lib/invest/views.ts';
import { totalsBy } from '../lib/invest/chart.ts';
import { communeLabel, readableName } from '../lib/invest/readable-name.ts';
import { useTranslations } from '../i18n/ui.ts';

export interface ProfileContact {
  unit: string;
  /** Phone and email of the desk investors write to (the unit's own, else the province's). */
  phone?: string;
  email?: string;
  /** True when phone or email are invented for demonstration. */
  sample: boolean;
  spokesperson?: { name: string; title: string; phone: string; email: string; sample: boolean };
}

export interface ProfileView extends Facetted {
  sector: Profile['sector'];
  status: Profile['status'];
  entry: LocalizedEntry<'profiles'>;
  title: string;
  summary: string;
  communeName: string;
  formerDistrict?: string;
  /** What filters show: the commune with its former district or province ("Ia Dom Commune, formerly Duc Co District"). */
  communeLabel: string;
  contact: ProfileContact;
}

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
  const desk = province.agency.contacts[0]!;
  const inOffice = (unit: string) =>
    people
      .filter((p) => p.unit === unit && p.from <= buildDate && (!p.to || p.to >= buildDate))
      .sort((a, b) => a.from.localeCompare(b.from))[0];
  return (slug) => {
    const unit = units.get(slug)!;
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
  if (!profiles.has(lang)) profiles.set(lang, loadProfiles(lang));
  return profiles.get(lang)!;
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
export async function getInvestSummary(lang: string) {
  const profiles = await getProfiles(lang);
  const rate = await getUsdRate();
  return {
    count: profiles.length,
    /** How many of them are sample data (the section then says so). */
    sample: profiles.filter((p) => p.entry.data.sample).length,
    totalVnd: profiles.reduce((sum, p) => sum + p.capitalVnd, 0),
    bySector: totalsBy(
      profiles,
      (p) => p.sector,
      (p) => p.capitalVnd,
    ),
    /** The rate the USD figure converts with, shown with its date beside it. */
    rate,
  };
}
export type InvestSummary = Awaited<ReturnType<typeof getInvestSummary>>;
