/** Structured data (schema.org JSON-LD) for an investment profile page. */

export interface ProfileLd {
  url: string;
  lang: string;
  title: string;
  summary: string;
  updated: string;
  place: string;
  lat: number;
  lon: number;
  capitalVnd: number;
  areaHa: number;
  publisher: string;
  contact?: { name: string; phone?: string; email?: string };
}

/** A WebPage about a Project located at a Place, with its capital as a MonetaryAmount. */
export function profileJsonLd(p: ProfileLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: p.url,
    inLanguage: p.lang,
    name: p.title,
    description: p.summary,
    dateModified: p.updated,
    publisher: { '@type': 'GovernmentOrganization', name: p.publisher },
    about: {
      '@type': 'Project',
      name: p.title,
      description: p.summary,
      location: {
        '@type': 'Place',
        name: p.place,
        geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
      },
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'totalInvestment', value: p.capitalVnd, unitText: 'VND' },
        { '@type': 'PropertyValue', name: 'landArea', value: p.areaHa, unitCode: 'HAR' },
      ],
      ...(p.contact && {
        contactPoint: {
          '@type': 'ContactPoint',
          name: p.contact.name,
          telephone: p.contact.phone,
          email: p.contact.email,
        },
      }),
    },
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in the text. */
export const ldScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
