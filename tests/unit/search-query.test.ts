import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../src/lib/search/query.ts';

describe('prepareQuery', () => {
  it('collapses spaces and keeps Vietnamese as typed', () => {
    expect(prepareQuery('  hat   xoan ')).toBe('hat xoan');
    expect(prepareQuery('22/2016/TT-BTTTT')).toBe('22/2016/TT-BTTTT');
  });
  it('splits a Khmer phrase into words', () => {
    expect(prepareQuery('ប្រទេសកម្ពុជា')).toBe('ប្រទេស កម្ពុជា');
  });
  it('composes decomposed input (NFD) so it matches the index', () => {
    expect(prepareQuery('Le\u0302\u0323 Thanh')).toBe('Lệ Thanh');
  });
});
