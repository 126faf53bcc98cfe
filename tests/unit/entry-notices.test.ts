import { describe, expect, it } from 'vitest';
import { entryNotices, type ShownAs } from '../../src/lib/entry-notices.ts';

const asWritten: ShownAs = {
  fallback: false,
  textLang: 'en',
  partial: false,
  bodyLang: 'en',
  draft: false,
  stale: false,
};

describe('entryNotices', () => {
  it('lists every notice a piece calls for in one order: sample, language shown, partial, draft, stale', () => {
    const everything = entryNotices(true, {
      fallback: true,
      textLang: 'en',
      partial: true,
      bodyLang: 'vi',
      draft: true,
      stale: true,
    });
    expect(everything).toEqual([
      { kind: 'sample' },
      { kind: 'fallback', textLang: 'en' },
      { kind: 'partial', textLang: 'vi' },
      { kind: 'draft' },
      { kind: 'stale' },
    ]);
  });
  it('names the language of the body for a partial translation, and of the whole piece for a fallback', () => {
    expect(entryNotices(false, { ...asWritten, partial: true, bodyLang: 'vi' })).toEqual([
      { kind: 'partial', textLang: 'vi' },
    ]);
    expect(entryNotices(false, { ...asWritten, fallback: true, textLang: 'en' })).toEqual([
      { kind: 'fallback', textLang: 'en' },
    ]);
  });
  it('shows nothing for a reviewed translation of real data, and only the sample notice for data without translations', () => {
    expect(entryNotices(false, asWritten)).toEqual([]);
    expect(entryNotices(true)).toEqual([{ kind: 'sample' }]);
    expect(entryNotices(undefined)).toEqual([]);
  });
});
