import { describe, it, expect } from 'vitest';
import { localePath, localeOfPath, switchLocalePath } from '../../src/lib/paths.ts';
import { builtSections } from '../../src/lib/nav.ts';
import { mergeTranslation } from '../../src/lib/merge-translation.ts';
import { pick, pickWithLang } from '../../src/lib/localize.ts';

describe('paths', () => {
  it('builds locale paths with a trailing slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(localePath('km', 'invest', 'coffee')).toBe('/km/invest/coffee/');
  });
  it('switches the locale of a path and reads it back', () => {
    expect(switchLocalePath('/vi/plans/ke-hoach/', 'en')).toBe('/en/plans/ke-hoach/');
    expect(localeOfPath('/ko/press/', ['vi', 'en', 'ko'])).toBe('ko');
    expect(localeOfPath('/fonts/vi.css', ['vi', 'en'])).toBeUndefined();
  });
});

describe('navigation', () => {
  it('lists only sections whose index page exists, in reading order', () => {
    const files = [
      '/src/pages/[lang]/press/index.astro',
      '/src/pages/[lang]/plans/index.astro',
      '/src/pages/[lang]/index.astro',
    ];
    expect(builtSections(files).map(([s]) => s)).toEqual(['plans', 'press']);
  });
});

describe('translations over sources', () => {
  it('keeps facts, takes text, merges aligned lists item by item', () => {
    const source = { title: 'Kế hoạch', year: 2024, tasks: [{ title: 'Việc 1', lead: 'so-ngoai-vu' }] };
    const merged = mergeTranslation(
      source,
      { title: 'Plan', tasks: [{ title: 'Task 1' }], translation: { status: 'draft' } },
      ['tasks'],
    );
    expect(merged).toEqual({ title: 'Plan', year: 2024, tasks: [{ title: 'Task 1', lead: 'so-ngoai-vu' }] });
    expect(mergeTranslation(source, undefined, ['tasks'])).toBe(source);
  });
  it('picks localized text with a Vietnamese fallback', () => {
    expect(pick({ vi: 'Gia Lai', km: 'ហ្សាឡាយ' }, 'km')).toBe('ហ្សាឡាយ');
    expect(pickWithLang({ vi: 'Đền Hùng' }, 'ko')).toEqual({ text: 'Đền Hùng', lang: 'vi' });
  });
});
