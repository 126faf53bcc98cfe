import { describe, expect, it } from 'vitest';
import { unitRoles, unitsOfPlan } from '../../src/lib/plan-pages/roles.ts';
import { higherPlans, lowerPlans, plansCiting } from '../../src/lib/plan-pages/citations.ts';
import { documentNumberKey, matchesNumber, numberAnchor } from '../../src/lib/plan-pages/numbers.ts';
import { plansByYear } from '../../src/lib/plan-pages/listing.ts';
import { numberIndex } from '../../src/lib/plan-pages/number-index.ts';
import { planExport } from '../../src/lib/plan-pages/export.ts';
import type { PlanFacts } from '../../src/lib/plan-pages/types.ts';

const province: PlanFacts = {
  slug: 'p-2024',
  title: 'Tỉnh 2024',
  number: '10/KH-UBND',
  issuer: 'ubnd-tinh',
  year: 2024,
  level: 'province',
  basis: [
    { legal: 'nd-72', kind: 'Nghị định', number: '72/2015/NĐ-CP' },
    { kind: 'Thông tư', number: '22/2016/TT-BTTTT' },
    { kind: 'Kế hoạch', number: '184-KH/TU', issuer: 'Tỉnh ủy' },
  ],
  tasks: [
    { title: 'Hoàn thiện hành lang pháp lý', timeframe: 'Cả năm', lead: 'so-tttt', partners: ['so-ngoai-vu', 'bao'] },
    { title: 'Cung cấp thông tin báo chí', lead: 'cac-so', coLeads: ['ubnd-huyen'], partners: ['bao'] },
  ],
  duties: [{ unit: 'so-ngoai-vu', items: ['Xuất bản Tập san Thông tin đối ngoại'] }],
};
const commune: PlanFacts = {
  slug: 'x-2024',
  title: 'Xã 2024',
  issuer: 'ubnd-xa',
  year: 2024,
  level: 'commune',
  implements: [
    { kind: 'Kế hoạch', number: '10/KH-UBND', issuer: 'UBND tỉnh' },
    { kind: 'Kế hoạch', number: '66/KH-UBND', issuer: 'UBND huyện' },
  ],
  tasks: [{ title: 'Tuyên truyền', partners: ['so-ngoai-vu', 'so-ngoai-vu'] }],
};
const old: PlanFacts = { slug: 'x-2022', title: 'Xã 2022', issuer: 'ubnd-xa', year: 2022, level: 'commune' };

describe('unitRoles', () => {
  const roles = unitRoles([province, commune]);
  it('lists the tasks a unit leads, co-leads and supports across plans, in plan order', () => {
    expect(roles.get('so-ngoai-vu')!.tasks).toEqual([
      { plan: 'p-2024', index: 0, title: 'Hoàn thiện hành lang pháp lý', timeframe: 'Cả năm', role: 'partner' },
      { plan: 'x-2024', index: 0, title: 'Tuyên truyền', role: 'partner' },
    ]);
    expect(roles.get('ubnd-huyen')!.tasks.map((t) => t.role)).toEqual(['coLead']);
    expect(roles.get('so-tttt')!.tasks.map((t) => t.role)).toEqual(['lead']);
    expect(roles.get('bao')!.tasks).toHaveLength(2);
  });
  it('keeps each plan’s duties of the unit', () => {
    expect(roles.get('so-ngoai-vu')!.duties).toEqual([
      { plan: 'p-2024', items: ['Xuất bản Tập san Thông tin đối ngoại'] },
    ]);
    expect(roles.has('ubnd-xa')).toBe(false);
  });
  it('names every unit of a plan once, issuer first', () => {
    expect(unitsOfPlan(province)).toEqual(['ubnd-tinh', 'so-tttt', 'so-ngoai-vu', 'bao', 'cac-so', 'ubnd-huyen']);
  });
});

describe('plansCiting', () => {
  const legal = [
    { slug: 'nd-72', number: '72/2015/NĐ-CP' },
    { slug: 'tt-22', number: '22/2016/TT-BTTTT' },
    { slug: 'nd-09', number: '09/2017/NĐ-CP' },
    { slug: 'nd-42', number: '42/2022/NĐ-CP' },
  ];
  const texts = new Map([['x-2024', 'theo quy định của Nghị định 09/2017/NĐ-CP ngày 09/02/2017 và 72/2015/nđ-cp']]);
  const citing = plansCiting([province, commune], legal, texts);
  it('finds citations by slug, by number as written and in the full text, once per plan', () => {
    expect(citing.get('nd-72')).toEqual([
      { plan: 'p-2024', way: 'basis' },
      { plan: 'x-2024', way: 'text' },
    ]);
    expect(citing.get('tt-22')).toEqual([{ plan: 'p-2024', way: 'basis' }]);
    expect(citing.get('nd-09')).toEqual([{ plan: 'x-2024', way: 'text' }]);
    expect(citing.get('nd-42')).toEqual([]);
  });
});

describe('the chain of plans', () => {
  it('links a higher plan we hold by its number and names the others', () => {
    expect(higherPlans(commune, [province, commune])).toEqual([
      { kind: 'Kế hoạch', number: '10/KH-UBND', issuer: 'UBND tỉnh', slug: 'p-2024' },
      { kind: 'Kế hoạch', number: '66/KH-UBND', issuer: 'UBND huyện' },
    ]);
    expect(higherPlans(province, [province]).map((l) => l.number)).toEqual(['184-KH/TU']);
  });
  it('finds the held plans that follow a plan', () => {
    expect(lowerPlans(province, [province, commune, old])).toEqual(['x-2024']);
    expect(lowerPlans(commune, [province, commune])).toEqual([]);
  });
});

describe('document numbers', () => {
  it('match however a reader types them', () => {
    expect(documentNumberKey('72/2015/NĐ-CP')).toBe('72/2015/nd-cp');
    expect(matchesNumber('72/2015/nd-cp', '72/2015/NĐ-CP')).toBe(true);
    expect(matchesNumber(' 66 / KH', '66/KH-UBND')).toBe(true);
    expect(matchesNumber('67/KH', '66/KH-UBND')).toBe(false);
    expect(matchesNumber('  ', '66/KH-UBND')).toBe(false);
  });
  it('make anchors', () => {
    expect(numberAnchor('66/KH-UBND')).toBe('so-66-kh-ubnd');
    expect(numberAnchor('3089/BTTTT-TTĐN')).toBe('so-3089-btttt-ttdn');
  });
});

describe('plansByYear', () => {
  it('puts the newest year first and the province before communes', () => {
    const groups = plansByYear([commune, old, province]);
    expect(groups.map((g) => [g.year, g.plans.map((p) => p.slug)])).toEqual([
      [2024, ['p-2024', 'x-2024']],
      [2022, ['x-2022']],
    ]);
  });
});

describe('planExport', () => {
  it('resolves units to names beside their slugs and keeps the text', () => {
    const languages = { text: 'vi', fields: {}, items: {} };
    const out = planExport({
      plan: { ...province, summary: 'S' },
      lang: 'en',
      textLang: 'vi',
      languages,
      url: '/en/plans/p-2024/',
      text: 'Căn cứ…',
      unitName: (s) => s.toUpperCase(),
    });
    expect(out).toMatchObject({
      slug: 'p-2024',
      lang: 'en',
      textLang: 'vi',
      number: '10/KH-UBND',
      issuer: { slug: 'ubnd-tinh', name: 'UBND-TINH' },
      text: 'Căn cứ…',
    });
    expect((out.tasks as { coLeads: unknown[] }[])[1]!.coLeads).toEqual([{ slug: 'ubnd-huyen', name: 'UBND-HUYEN' }]);
    expect(Object.keys(out).slice(0, 4)).toEqual(['slug', 'url', 'lang', 'textLang']);
  });
  it('says which language each part is in when the fallback chain mixes them (a Khmer title, English text)', () => {
    const languages = {
      text: 'en',
      fields: { title: 'km', summary: 'km', purpose: 'en' },
      items: { tasks: ['en', 'vi'] },
    };
    const out = planExport({
      plan: { ...province, summary: 'S' },
      lang: 'km',
      textLang: 'km',
      languages,
      url: '/km/plans/p-2024/',
      text: 'Pursuant to…',
      unitName: (s) => s,
    });
    expect(out.languages).toEqual(languages);
  });
});

describe('numberIndex', () => {
  const index = numberIndex([province, commune, old], [{ slug: 'nd-72', number: '72/2015/NĐ-CP' }], 'Kế hoạch');
  it('lists each number once, a held plan’s own number pointing at it, cited numbers with their citing plans', () => {
    expect(index.map((e) => e.number)).toEqual([
      '10/KH-UBND',
      '22/2016/TT-BTTTT',
      '66/KH-UBND',
      '72/2015/NĐ-CP',
      '184-KH/TU',
    ]);
    expect(index.find((e) => e.number === '10/KH-UBND')).toMatchObject({
      plan: 'p-2024',
      citedBy: ['x-2024'],
      anchor: 'so-10-kh-ubnd',
    });
    expect(index.find((e) => e.number === '66/KH-UBND')).toMatchObject({
      kind: 'Kế hoạch',
      issuer: 'UBND huyện',
      citedBy: ['x-2024'],
    });
    expect(index.find((e) => e.number === '66/KH-UBND')!.plan).toBeUndefined();
    expect(index.find((e) => e.number === '72/2015/NĐ-CP')).toMatchObject({ legal: 'nd-72', citedBy: ['p-2024'] });
  });
});
