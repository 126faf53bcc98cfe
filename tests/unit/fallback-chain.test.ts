import { describe, expect, it } from 'vitest';
import { chooseByChain, fallbackChain } from '../../src/lib/fallback-chain.ts';
import { pickWithLang } from '../../src/lib/localize.ts';

describe('fallbackChain', () => {
  it('tries the page language, then the configured chain, then Vietnamese', () => {
    expect(fallbackChain('km', { km: ['en', 'vi'] })).toEqual(['km', 'en', 'vi']);
    expect(fallbackChain('ko', { ko: ['en'] })).toEqual(['ko', 'en', 'vi']);
  });
  it('falls back to Vietnamese alone when the locale has no chain', () => {
    expect(fallbackChain('en', { km: ['en', 'vi'] })).toEqual(['en', 'vi']);
    expect(fallbackChain('vi')).toEqual(['vi']);
  });
});

describe('chooseByChain', () => {
  const versions: Record<string, string> = { vi: 'Hát Xoan', en: 'Xoan singing' };
  const find = (l: string) => versions[l];
  it('takes the first language of the chain that has a version', () => {
    expect(chooseByChain(['km', 'en', 'vi'], find)).toEqual({ lang: 'en', value: 'Xoan singing' });
    expect(chooseByChain(['en', 'vi'], find)).toEqual({ lang: 'en', value: 'Xoan singing' });
  });
  it('takes the page language itself when it exists', () => {
    expect(chooseByChain(['vi'], find)).toEqual({ lang: 'vi', value: 'Hát Xoan' });
  });
  it('skips languages without a version, in order', () => {
    expect(chooseByChain(['ko', 'km', 'vi'], find)).toEqual({ lang: 'vi', value: 'Hát Xoan' });
  });
  it('says undefined when no language of the chain has one', () => {
    expect(chooseByChain(['ko', 'km'], find)).toBeUndefined();
  });
});

describe('pickWithLang', () => {
  it('follows the chain through a localized map and says which language it found', () => {
    expect(pickWithLang({ vi: 'Cửa khẩu', en: 'Border gate' }, 'km', ['km', 'en', 'vi'])).toEqual({
      text: 'Border gate',
      lang: 'en',
    });
  });
  it('without a chain, gives the page language or the Vietnamese source', () => {
    expect(pickWithLang({ vi: 'Cửa khẩu', en: 'Border gate' }, 'km')).toEqual({ text: 'Cửa khẩu', lang: 'vi' });
    expect(pickWithLang({ vi: 'Cửa khẩu', km: 'ច្រកព្រំដែន' }, 'km')).toEqual({ text: 'ច្រកព្រំដែន', lang: 'km' });
  });
});

describe('province.yaml fallbacks', async () => {
  const { provinceSchema } = await import('../../src/schemas/province.ts');
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const { fallbacks, ...fixture } = parse(readFileSync('tests/fixtures/content/fixture/province.yaml', 'utf8'));
  it('reads the fixture province’s chain', () => {
    expect(provinceSchema.parse({ ...fixture, fallbacks }).fallbacks).toEqual({ km: ['en', 'vi'], ko: ['en', 'vi'] });
  });
  it('defaults to none (Vietnamese only)', () => {
    expect(provinceSchema.parse(fixture).fallbacks).toEqual({});
  });
  it('accepts a chain of the portal’s own locales', () => {
    expect(
      provinceSchema.parse({ ...fixture, locales: ['vi', 'en', 'km'], fallbacks: { km: ['en', 'vi'] } }).fallbacks,
    ).toEqual({ km: ['en', 'vi'] });
  });
  it('refuses a language the portal does not have, naming the field', () => {
    const r = provinceSchema.safeParse({ ...fixture, locales: ['vi', 'en', 'km'], fallbacks: { km: ['ko', 'vi'] } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['fallbacks', 'km', 0] });
    expect(r.error?.issues[0]?.message).toMatch(/"ko" không dùng được làm ngôn ngữ dự phòng cho "km"/);
  });
});
