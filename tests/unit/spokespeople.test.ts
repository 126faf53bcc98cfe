import { describe, expect, it } from 'vitest';
import { splitByTenure, telHref, tenureOn } from '../../src/lib/spokespeople.ts';

const people = [
  { slug: 'old', from: '2019-01-01', to: '2021-06-30' },
  { slug: 'older', from: '2015-01-01', to: '2018-12-31' },
  { slug: 'now-b', from: '2024-03-01' },
  { slug: 'now-a', from: '2021-07-01' },
  { slug: 'ends-today', from: '2020-01-01', to: '2026-11-22' },
  { slug: 'later', from: '2027-01-01' },
];

describe('tenureOn', () => {
  it('is current from the first day through the last day', () => {
    expect(tenureOn({ from: '2024-03-01' }, '2024-03-01')).toBe('current');
    expect(tenureOn({ from: '2020-01-01', to: '2026-11-22' }, '2026-11-22')).toBe('current');
  });
  it('is former the day after the last day, upcoming before the first', () => {
    expect(tenureOn({ from: '2020-01-01', to: '2026-11-22' }, '2026-11-23')).toBe('former');
    expect(tenureOn({ from: '2027-01-01' }, '2026-12-31')).toBe('upcoming');
  });
});

describe('splitByTenure', () => {
  const { current, former } = splitByTenure(people, '2026-11-22');
  it('lists people in office on the build date, earliest appointed first', () => {
    expect(current.map((p) => p.slug)).toEqual(['ends-today', 'now-a', 'now-b']);
  });
  it('lists former people apart, most recent first, and leaves out those not yet in office', () => {
    expect(former.map((p) => p.slug)).toEqual(['old', 'older']);
    expect([...current, ...former].some((p) => p.slug === 'later')).toBe(false);
  });
  it('changes with the build date', () => {
    expect(splitByTenure(people, '2020-06-01').current.map((p) => p.slug)).toEqual(['old', 'ends-today']);
  });
});

describe('telHref', () => {
  it('dials from abroad: +84 without the trunk 0, digits only', () => {
    expect(telHref('+84 (0256) 0000-001')).toBe('tel:+842560000001');
    expect(telHref('0256 0000 001')).toBe('tel:+842560000001');
  });
});
