/** Structured data (schema.org TouristAttraction) for a promotion piece; serialise it with jsonLdText (src/lib/structured-data.ts). */

export interface PlaceFacts {
  name: string;
  description: string;
  url: string;
  lang: string;
  lat: number;
  lon: number;
  address: string;
  image?: string;
  /** Recognitions as text ("UNESCO: Representative List…, 2017"). */
  awards?: string[];
}

export function placeJsonLd(p: PlaceFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristAttraction',
    name: p.name,
    description: p.description,
    url: p.url,
    inLanguage: p.lang,
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
    address: { '@type': 'PostalAddress', addressLocality: p.address, addressCountry: 'VN' },
    ...(p.image ? { image: p.image } : {}),
    ...(p.awards?.length ? { award: p.awards } : {}),
  };
}
