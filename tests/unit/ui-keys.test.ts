import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { placeholderMismatches, placeholders } from '../../src/lib/dictionary.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';
import { useTranslations } from '../../src/i18n/ui.ts';

const LOCALES = readdirSync('src/i18n/locales');
const vi = readDictionary('vi')!;

/** Every .ts and .astro file that may name a UI key (the dictionaries themselves excluded). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join('src', 'i18n', 'locales') ? [] : sourceFiles(path);
    return /\.(ts|astro)$/.test(e.name) ? [path] : [];
  });
}
const sources = ['src', 'scripts']
  .flatMap(sourceFiles)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

// Keys named whole in quotes ('nav.plans'), and keys built from a prefix in a template
// (`invest.sector.${value}`, `home.task.${id}.title`): each ${…} stands for one key segment.
const literal = new Set(Array.from(sources.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g), (m) => m[1]!));
const built = Array.from(
  sources.matchAll(/`([a-z][\w-]*\.(?:[\w.-]|\$\{[^{}`]*\})*\$\{[^{}`]*\}(?:[\w.-]|\$\{[^{}`]*\})*)`/g),
  (m) => {
    const pattern = m[1]!
      .split(/\$\{[^{}`]*\}/)
      .map((part) => part.replace(/\./g, '\\.'))
      .join('[\\w-]+');
    return new RegExp(`^${pattern}$`);
  },
);
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const isUsed = (key: string) =>
  [key, key.replace(PLURAL, '')].some((k) => literal.has(k) || built.some((re) => re.test(k)));

describe('UI keys', () => {
  it('finds keys named whole and keys built from a prefix', () => {
    expect(isUsed('nav.plans')).toBe(true);
    expect(isUsed('invest.sector.tourism')).toBe(true); // `invest.sector.${value}`
    expect(isUsed('home.task.visit.title')).toBe(true); // `home.task.${task.id}.title`
    expect(isUsed('invest.count.one')).toBe(true); // t.tn('invest.count', n)
    expect(isUsed('site.nowhere')).toBe(false);
    expect(isUsed('home.task.visit')).toBe(false); // a built key covers its own shape only
  });

  it('has no key that no page, component or script uses', () => {
    expect(Object.keys(vi).filter((key) => !isUsed(key))).toEqual([]);
  });

  it('has in Vietnamese every key a t() or t.tn() call names whole', () => {
    const called = Array.from(sources.matchAll(/\bt(\.tn)?\(\s*['"]([^'"]+)['"]/g), (m) =>
      m[1] ? `${m[2]}.other` : m[2]!,
    );
    expect(called.length).toBeGreaterThan(100);
    expect([...new Set(called)].filter((key) => !(key in vi))).toEqual([]);
  });

  it('types keys from the Vietnamese dictionary, so tsc refuses a misspelt one', () => {
    const t = useTranslations('en');
    expect(t('nav.plans')).toBe('Plans');
    expect(t.tn('places.count', 2)).toBe('2 pieces');
    // @ts-expect-error: not a key ('nav.plans' is)
    expect(() => t('nav.plan')).toThrow(/"nav.plan" is missing/);
    // @ts-expect-error: a plural family is named by its base, not a form
    expect(() => t.tn('places.count.one', 1)).toThrow(/missing/);
    // @ts-expect-error: the JSON module's default export is not a key
    expect(() => t('default')).toThrow(/missing/);
  });

  it('names placeholders, once each', () => {
    expect(placeholders('{count} ngày kỷ niệm năm {year}, {count}')).toEqual(['count', 'year']);
    expect(placeholderMismatches({ a: '{count} plans', b: '{x}' }, { a: '{cout} plans', b: '{x}' })).toEqual(['a']);
  });

  it.each(LOCALES.filter((l) => l !== 'vi'))('gives every %s string the placeholders of the Vietnamese one', (lang) => {
    expect(placeholderMismatches(vi, readDictionary(lang)!)).toEqual([]);
  });
});
