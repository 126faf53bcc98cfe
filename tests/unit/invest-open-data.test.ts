import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { COLUMNS, toCsv, toJson, toRecord, type OpenProfile } from '../../src/lib/invest/open-data.ts';
import { ldScript, profileJsonLd } from '../../src/lib/invest/json-ld.ts';

const profile: OpenProfile = {
  slug: 'trung-tam-logistics-le-thanh',
  title: 'Trung tâm logistics, cửa khẩu "Lệ Thanh"',
  sector: 'logistics',
  commune: 'xã Ia Dom',
  formerDistrict: 'huyện Đức Cơ',
  lat: 13.9,
  lon: 107.5,
  areaHa: 60,
  capitalVnd: 1_250_000_000_000,
  form: 'domestic-or-foreign',
  status: 'calling',
  contactUnit: 'Ban Quản lý Khu kinh tế tỉnh Gia Lai',
  phone: '0256 0000 000',
  email: 'ttdn@gia-lai.ttdn.example',
  updated: '2025-09-15',
  sample: true,
  textLang: 'vi',
  url: 'https://gia-lai.ttdn.example/vi/invest/x/',
};
const rate = { vndPerUnit: 23_898, date: '2023-08-25' };

describe('open data of investment profiles', () => {
  const record = toRecord(profile, rate);
  it('converts the capital at the stated rate, to the dollar', () => {
    expect(record.capital_usd).toBe(52_305_632);
    expect(record).toMatchObject({ usd_rate_vnd: 23_898, usd_rate_date: '2023-08-25', sample: true });
  });
  it('writes CSV with a BOM, the documented header and Vietnamese intact', () => {
    const csv = toCsv([record]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...COLUMNS]);
    expect(parsed.data[0]).toMatchObject({
      title: 'Trung tâm logistics, cửa khẩu "Lệ Thanh"',
      commune: 'xã Ia Dom',
      capital_vnd: '1250000000000',
      sample: 'true',
    });
  });
  it('writes JSON with the rate and the same records', () => {
    const json = JSON.parse(toJson([record], { lang: 'en', rate: { currency: 'USD', ...rate, source: 'SBV' } }));
    expect(json.profiles[0]).toEqual(record);
    expect(json.exchangeRate.vndPerUnit).toBe(23_898);
  });
});

describe('profile JSON-LD', () => {
  it('describes a project at a place and escapes closing tags', () => {
    const ld = profileJsonLd({
      url: 'u',
      lang: 'en',
      title: 'T </script>',
      summary: 's',
      updated: '2025-09-15',
      place: 'Ia Dom',
      lat: 13.9,
      lon: 107.5,
      capitalVnd: 1,
      areaHa: 2,
      publisher: 'P',
    });
    expect(ld).toMatchObject({
      '@type': 'WebPage',
      about: { '@type': 'Project', location: { geo: { latitude: 13.9 } } },
    });
    expect(ldScript(ld)).not.toContain('</script>');
  });
});
