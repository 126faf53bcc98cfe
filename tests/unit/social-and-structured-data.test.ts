import { describe, expect, it } from 'vitest';
import { socialCardSvg, socialImagePath } from '../../src/lib/social.ts';
import { governmentOrganization, jsonLdText } from '../../src/lib/structured-data.ts';

describe('social cards', () => {
  it('picks the section card, else the home card', () => {
    expect(socialImagePath('/en/plans/x/')).toBe('/social/plans.png');
    expect(socialImagePath('/en/')).toBe('/social/home.png');
    expect(socialImagePath('/en/unknown-thing/')).toBe('/social/home.png');
  });
  it('escapes text in the SVG', () => {
    const svg = socialCardSvg({ brand: '#000000', logoSvg: '<svg/>', title: 'A & B', lines: ['<x>'] });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('&lt;x&gt;');
  });
});

describe('structured data', () => {
  const province = {
    name: { vi: 'Gia Lai', en: 'Gia Lai' },
    agency: {
      name: { vi: 'Sở', en: 'Department' },
      address: { vi: 'Phường', en: 'Ward' },
      contacts: [
        { label: { vi: 'Bàn', en: 'Desk' }, phone: '0256 0000 000', sample: true },
        { label: { vi: 'Văn phòng', en: 'Office' }, email: 'a@b.example', sample: false },
      ],
    },
  } as never;
  it('describes the agency and leaves out sample contacts', () => {
    const org = governmentOrganization(province, 'en', 'https://x.example/en/', 'https://x.example/brand/logo.svg');
    expect(org['@type']).toBe('GovernmentOrganization');
    expect(org.name).toBe('Department');
    expect(org.contactPoint).toEqual([{ '@type': 'ContactPoint', contactType: 'Office', email: 'a@b.example' }]);
  });
  it('cannot close its script block', () => {
    const text = jsonLdText({ name: '</script><script>x()</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>x()</script>');
  });
});

describe('dataset', () => {
  it('describes the open data with its downloads and says when it is sample data', async () => {
    const { dataset } = await import('../../src/lib/structured-data.ts');
    const d = dataset({
      name: 'Invest',
      description: 'Profiles',
      url: 'https://x.example/en/invest/',
      lang: 'en',
      publisher: 'Dept',
      dateModified: '2025-01-02',
      downloads: [{ url: 'https://x.example/en/invest/profiles.csv', format: 'text/csv' }],
      isSample: true,
    });
    expect(d['@type']).toBe('Dataset');
    expect(d.description).toBe('[Sample data] Profiles');
    expect(d.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://x.example/en/invest/profiles.csv' },
    ]);
  });
});
