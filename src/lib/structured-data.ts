/** JSON-LD (schema.org) objects the pages embed, and their safe serialisation into a script block. */
import type { Province } from '../schemas/province.ts';
import { pick } from './localize.ts';

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
export function governmentOrganization(province: Province, lang: string, homeUrl: string, logoUrl: string): JsonLd {
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
