import { describe, it, expect } from 'vitest';
import { interpolate, makeTranslator, mergeDictionaries, missingKeys, pluralKey } from '../../src/lib/dictionary.ts';
import { dictionaryProblems, readDictionary, uiStringsRefusal } from '../../src/node/dictionaries.ts';
import { en } from '../../src/lib/content-check/messages/index.ts';

describe('UI string dictionaries', () => {
  it('merges area files and refuses non-text values', () => {
    expect(mergeDictionaries([{ a: '1' }, { b: '2' }])).toEqual({ a: '1', b: '2' });
    expect(() => mergeDictionaries([{ a: 1 }])).toThrow(/"a" must be text/);
  });

  it('names the keys a locale lacks', () => {
    expect(missingKeys({ a: '', b: '', c: '' }, { b: '' })).toEqual(['a', 'c']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{province} · {x}', { province: 'Gia Lai' })).toBe('Gia Lai · {x}');
  });

  it('picks plural forms with Intl.PluralRules', () => {
    const dict = { 'n.one': '{count} plan', 'n.other': '{count} plans' };
    expect(pluralKey(dict, 'n', 1, 'en')).toBe('n.one');
    expect(pluralKey(dict, 'n', 3, 'en')).toBe('n.other');
    expect(pluralKey(dict, 'n', 1, 'vi')).toBe('n.other'); // Vietnamese has one form
    const t = makeTranslator({ ...dict, 'locale.intl': 'en-GB' }, 'en');
    expect(t.tn('n', 1200)).toBe('1,200 plans');
    expect(() => t('nope')).toThrow(/"nope" is missing in locale "en"/);
  });

  it('has every Vietnamese key in every shipped locale', () => {
    expect(dictionaryProblems(['vi', 'en', 'km', 'ko'])).toEqual([]);
    expect(readDictionary('vi')!['locale.name']).toBe('Tiếng Việt');
  });

  it('fails a configured locale that has no strings, naming it, in Vietnamese or English', () => {
    expect(dictionaryProblems(['lo'])[0]).toMatch(
      /ngôn ngữ "lo" có trong locales nhưng cổng chưa có chữ giao diện bằng "lo" \(src\/i18n\/locales\/lo\/\) — hãy bỏ "lo" khỏi locales/u,
    );
    expect(dictionaryProblems(['lo'], en)[0]).toMatch(
      /"lo" is in locales but the portal has no interface words in "lo"/,
    );
  });

  it('stops the build in Vietnamese, naming province.yaml and the field as the check does', () => {
    expect(uiStringsRefusal('fixture', ['vi', 'en'])).toBeUndefined();
    expect(uiStringsRefusal('fixture', ['vi', 'en', 'lo'])?.split('\n')).toEqual([
      'Chữ giao diện của cổng còn 1 chỗ thiếu, chưa dựng được trang — hãy sửa từng lỗi dưới đây:',
      expect.stringMatching(
        /^content\/fixture\/province\.yaml: Ngôn ngữ \(locales\): ngôn ngữ "lo" có trong locales nhưng cổng chưa có chữ giao diện bằng "lo"/u,
      ),
    ]);
  });
});
