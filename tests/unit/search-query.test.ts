import { describe, expect, it } from 'vitest';
import { prepareQuery, typedWords } from '../../src/lib/search/query.ts';

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

describe('typedWords', () => {
  it('gives the words to match with their marks when the reader typed any Vietnamese mark', () => {
    expect(typedWords('Cửa khẩu')).toEqual(['cửa', 'khẩu']);
    // "Thanh" has no mark of its own: typed beside "Lệ", it is written as meant.
    expect(typedWords('Lệ Thanh')).toEqual(['lệ', 'thanh']);
    expect(typedWords('Đak Đoa')).toEqual(['đak', 'đoa']);
    expect(typedWords('Le\u0302\u0323 Thanh')).toEqual(['lệ', 'thanh']);
  });
  it('gives none when the reader typed without marks: any spelling of the letters is wanted', () => {
    expect(typedWords('cua khau')).toEqual([]);
    expect(typedWords('157/KH-UBND')).toEqual([]);
    expect(typedWords('폭포')).toEqual([]);
    expect(typedWords('ព្រំដែន')).toEqual([]);
  });
});
