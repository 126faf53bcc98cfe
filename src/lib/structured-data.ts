/** JSON-LD (schema.org) objects the pages embed, and their safe serialisation into a script block. */
import { pick, type Localized } from './localize.ts';

/** What the agency's JSON-LD reads of province.yaml (schemas/province.ts parses it). */
export type AgencyFacts = {
  name: Localized;
  agency: {
    name: Localized;
    address: Localized;
    contacts: readonly { label: Localized; phone?: string; email?: string; sample?: boolean }[];
  };
};

export type JsonLd = Record<string, unknown>;

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the block. */
export function jsonLdText(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The agency running the portal as a GovernmentOrganization serving the province. Contacts
 * invented for demonstration (sample: true) are left out: structured data is read by machines
 * that cannot see the page's "sample data" badge.
 */
export function governmentOrganization(province: AgencyFacts, lang: string, homeUrl: string, logoUrl: string): JsonLd {
  const contacts = province.agency.contacts
    .filter((c) => !c.sample)
    .map((c) => ({
      '@type': 'ContactPoint',
      contactType: pick(c.label, lang),
      ...(c.phone ? { telephone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: pick(province.agency.name, lang),
    url: homeUrl,
    logo: logoUrl,
    address: { '@type': 'PostalAddress', streetAddress: pick(province.agency.address, lang), addressCountry: 'VN' },
    areaServed: { '@type': 'AdministrativeArea', name: pick(province.name, lang) },
    ...(contacts.length ? { contactPoint: contacts } : {}),
  };
}

/** The open data of a list page as a schema.org Dataset with its downloads (CSV and JSON). */
export function dataset(args: {
  name: string;
  description: string;
  url: string;
  lang: string;
  publisher: string;
  dateModified?: string;
  downloads: { url: string; format: string }[];
  isSample: boolean;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: args.name,
    // Machines cannot see the page's badge: say it in the description itself.
    description: args.isSample ? `[Sample data] ${args.description}` : args.description,
    url: args.url,
    inLanguage: args.lang,
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: args.publisher },
    ...(args.dateModified ? { dateModified: args.dateModified } : {}),
    distribution: args.downloads.map((d) => ({ '@type': 'DataDownload', encodingFormat: d.format, contentUrl: d.url })),
  };
}
