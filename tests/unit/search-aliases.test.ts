import { describe, expect, it } from 'vitest';
import { ALIAS_MARK, aliasesOf, foldD, khmerWords, withAliases, withoutAliases } from '../../src/lib/search/aliases.ts';

const M = ALIAS_MARK;

describe('foldD', () => {
  it('folds đ and Đ to d and D and leaves tone marks alone', () => {
    expect(foldD('Đak Đoa, đối ngoại')).toBe('Dak Doa, dối ngoại');
  });
});

describe('khmerWords', () => {
  it('splits a Khmer phrase written without spaces into dictionary words', () => {
    const words = khmerWords('ខេត្តហ្សាឡាយមានព្រំដែនជាប់នឹងប្រទេសកម្ពុជា។');
    expect(words).toContain('ព្រំដែន');
    expect(words).toContain('ប្រទេស');
    expect(words).toContain('កម្ពុជា');
    expect(words.join('')).toBe('ខេត្តហ្សាឡាយមានព្រំដែនជាប់នឹងប្រទេសកម្ពុជា');
  });
  it('finds nothing in Latin text', () => {
    expect(khmerWords('Gia Lai')).toEqual([]);
  });
});

describe('aliasesOf', () => {
  it('gives the folded form of a word with đ', () => {
    expect(aliasesOf('Đoàn')).toEqual(['Doàn']);
  });
  it('gives nothing for a word that is already plain', () => {
    expect(aliasesOf('Xoan')).toEqual([]);
    expect(aliasesOf('22/2016/TT-BTTTT')).toEqual([]);
  });
  it('gives the words of a Khmer run and none for a single Khmer word', () => {
    expect(aliasesOf('ប្រទេសកម្ពុជា')).toEqual(['ប្រទេស', 'កម្ពុជា']);
    expect(aliasesOf('កម្ពុជា')).toEqual([]);
  });
});

describe('withAliases / withoutAliases', () => {
  it('writes marked aliases after their words and keeps the spacing', () => {
    expect(withAliases('huyện Đak Đoa\n tỉnh')).toBe(`huyện Đak ${M}Dak Đoa ${M}Doa\n tỉnh`);
  });
  it('round-trips: removing the aliases gives the original text back', () => {
    const text = 'Đoàn đại biểu ở ខេត្តហ្សាឡាយ và Lệ Thanh';
    expect(withoutAliases(withAliases(text))).toBe(text);
  });
});
