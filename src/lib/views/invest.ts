/**
 * What investment pages hand their components (src/data/profiles.ts builds them): types only,
 * generic in the profile's data and the exchange rate, so components name them with the schemas'
 * types (`ProfileView<Profile>`, `InvestSummary<Profile, ExchangeRate>`).
 */
import type { Facetted } from '../invest/views.ts';
import type { LocalizedEntry } from './localized-entry.ts';

/** Whom an investor writes to about a profile. */
export interface ProfileContact {
  unit: string;
  /** Phone and email of the desk investors write to (the unit's own, else the province's). */
  phone?: string;
  email?: string;
  /** True when phone or email are invented for demonstration. */
  sample: boolean;
  spokesperson?: { name: string; title: string; phone: string; email: string; sample: boolean };
}

/** The facts of a profile's data a view types by: its sector and status. */
interface ProfileData {
  sector: string;
  status: string;
}

/** A profile as listings, pages and the open data show it in one locale. */
export interface ProfileView<Data extends ProfileData, Source = { id: string; data: Data }> extends Facetted {
  sector: Data['sector'];
  status: Data['status'];
  entry: LocalizedEntry<Data, Source>;
  title: string;
  summary: string;
  communeName: string;
  formerDistrict?: string;
  /** What filters show: the commune with its former district or province ("Ia Dom Commune, formerly Duc Co District"). */
  communeLabel: string;
  contact: ProfileContact;
}

/** What the home page's investment section shows: how many profiles, their total capital, totals by sector. */
export interface InvestSummary<Data extends ProfileData, Rate> {
  count: number;
  /** How many of them are sample data (the section then says so). */
  sample: number;
  totalVnd: number;
  bySector: { key: Data['sector']; value: number; count: number }[];
  /** The rate the USD figure converts with, shown with its date beside it. */
  rate: Rate;
}
