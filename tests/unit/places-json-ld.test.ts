import { describe, expect, it } from 'vitest';
import { placeJsonLd } from '../../src/lib/places/json-ld.ts';

const base = {
  name: 'Xoan singing',
  description: 'A spring ritual song.',
  url: 'https://x.example/en/places/hat-xoan/',
  lang: 'en',
  lat: 21.35,
  lon: 105.37,
  address: 'Việt Trì, Phú Thọ',
};

describe('placeJsonLd', () => {
  it('describes a tourist attraction with coordinates', () => {
    const ld = placeJsonLd(base);
    expect(ld['@type']).toBe('TouristAttraction');
    expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 21.35, longitude: 105.37 });
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('award');
  });
  it('adds the image and the recognitions when given', () => {
    const ld = placeJsonLd({ ...base, image: 'https://x.example/a.webp', awards: ['UNESCO 2017'] });
    expect(ld.image).toBe('https://x.example/a.webp');
    expect(ld.award).toEqual(['UNESCO 2017']);
  });
});
