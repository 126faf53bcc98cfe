import { describe, expect, it } from 'vitest';
import { filterAttributes } from '../../src/lib/search/facets.ts';

describe('filterAttributes', () => {
  it('gives the type and each facet value, in facet order, leaving blanks out', () => {
    expect(filterAttributes('Plan', { level: 'Commune', year: 2024, district: undefined, sector: '' })).toEqual([
      'type:Plan',
      'year:2024',
      'level:Commune',
    ]);
  });
  it('repeats a facet for each of several values and keeps commas', () => {
    expect(filterAttributes('Profile', { sector: ['Agriculture, forestry', 'Energy'] })).toEqual([
      'type:Profile',
      'sector:Agriculture, forestry',
      'sector:Energy',
    ]);
  });
});
