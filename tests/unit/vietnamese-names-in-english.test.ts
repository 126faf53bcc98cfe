/**
 * Issue 18: the English titles of the anniversaries keep the diacritics of Vietnamese names, as the
 * portal's English pages do ("President Hồ Chí Minh", "Điện Biên Phủ", "Xoan singing of Phú Thọ");
 * "Viet Nam", the country's English name, is the one exception.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namesWithoutDiacritics, vietnameseNames, withoutDiacritics } from '../../src/lib/vietnamese-names.ts';
import { readYamlDir } from '../../src/lib/read-yaml-dir.ts';
import { parse } from 'yaml';

const content = join(import.meta.dirname, '../../content');

describe('namesWithoutDiacritics', () => {
  const check = (vi: string, en: string) =>
    namesWithoutDiacritics(en, [...vietnameseNames(vi).words, ...vietnameseNames(vi).runs]);

  it('finds a name written without its diacritics', () => {
    expect(check('Giỗ Tổ Hùng Vương', 'Hung Kings Commemoration Day')).toEqual(['Hùng']);
    expect(
      check('Chiến thắng Hà Nội – Điện Biên Phủ trên không', '“Ha Noi – Dien Bien Phu in the air” victory'),
    ).toEqual(expect.arrayContaining(['Hà Nội', 'Điện Biên Phủ']));
    expect(check('Thành lập Mặt trận Việt Minh', 'Founding of the Viet Minh Front')).toEqual(['Việt Minh']);
    expect(check('Ngày sinh Chủ tịch Hồ Chí Minh', "President Ho Chi Minh's birthday")).toEqual(['Hồ Chí Minh']);
  });

  it('accepts the name with its diacritics, and "Viet Nam"', () => {
    expect(check('Giỗ Tổ Hùng Vương', 'Hùng Kings Commemoration Day')).toEqual([]);
    expect(
      check('Thiết lập quan hệ ngoại giao Việt Nam – Lào', 'Establishment of Viet Nam–Laos diplomatic relations'),
    ).toEqual([]);
    expect(check('Ngày Thầy thuốc Việt Nam', "Vietnamese Doctors' Day")).toEqual([]);
    expect(check('Truyền thống ngành Ngoại giao Việt Nam', "Traditional Day of Viet Nam's Diplomatic Service")).toEqual(
      [],
    );
  });

  it('takes a sentence’s first capital for the sentence, not a name', () => {
    expect(vietnameseNames('Thành lập tỉnh Gia Lai').words).toEqual([]);
    expect(vietnameseNames('Giỗ Tổ Hùng Vương').runs).toContain('Hùng Vương');
  });

  it('matches whole words with the same capitals', () => {
    expect(namesWithoutDiacritics('Hungary and the hung jury', ['Hùng'])).toEqual([]);
  });
});

describe('the anniversaries’ English titles', () => {
  const folders = [
    join(content, 'national/anniversaries'),
    ...readdirSync(content).map((p) => join(content, p, 'anniversaries')),
  ];
  const entries = [...new Set(folders)]
    .flatMap(readYamlDir)
    .map((e) => ({ file: e.file, title: (e.data as { title: Record<string, string> }).title }));
  // A name that one title writes in full ("Hà Nội", "Hồ Chí Minh") is a name in every title.
  const everyRun = new Set(entries.flatMap((e) => vietnameseNames(e.title.vi ?? '').runs));

  it('reads the anniversaries of every scope', () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(new Set(entries.map((e) => e.file.split('/').at(-3))).size).toBeGreaterThanOrEqual(3);
  });

  it('keep the diacritics of each Vietnamese name', () => {
    const stripped = entries.flatMap((e) => {
      if (!e.title.en) return [];
      const names = namesWithoutDiacritics(e.title.en, [...vietnameseNames(e.title.vi ?? '').words, ...everyRun]);
      return names.length
        ? [`${e.file}: title.en "${e.title.en}" writes ${names.map((n) => `"${n}"`).join(', ')} without diacritics`]
        : [];
    });
    expect(stripped).toEqual([]);
  });
});

describe('each province’s names in English', () => {
  /** Every { vi, en } pair in a province's settings: its name, its agency's name and address, its former provinces. */
  function pairs(value: unknown, at: string): { at: string; vi: string; en: string }[] {
    if (Array.isArray(value)) return value.flatMap((v, i) => pairs(v, `${at}[${i}]`));
    if (typeof value !== 'object' || value === null) return [];
    const record = value as Record<string, unknown>;
    const own =
      typeof record.vi === 'string' && typeof record.en === 'string' ? [{ at, vi: record.vi, en: record.en }] : [];
    return [...own, ...Object.entries(record).flatMap(([k, v]) => pairs(v, at ? `${at}.${k}` : k))];
  }
  const provinces = readdirSync(content)
    .map((id) => join(content, id, 'province.yaml'))
    .filter(existsSync)
    .map((file) => ({ file, pairs: pairs(parse(readFileSync(file, 'utf8')), '') }));

  it('reads the name of every province', () => {
    expect(provinces.length).toBeGreaterThanOrEqual(2);
    for (const p of provinces) expect(p.pairs.map((x) => x.at)).toContain('name');
  });

  it('keep the diacritics of each Vietnamese name', () => {
    const stripped = provinces.flatMap((p) =>
      p.pairs.flatMap(({ at, vi, en }) => {
        const { words, runs } = vietnameseNames(vi);
        // A name alone ("Phú Thọ") has no sentence around it: the whole text is a name too.
        const whole = withoutDiacritics(vi) === vi ? [] : [vi];
        const names = namesWithoutDiacritics(en, new Set([...words, ...runs, ...whole]));
        return names.map((n) => `${p.file}: ${at}.en "${en}" writes "${n}" without diacritics`);
      }),
    );
    expect(stripped).toEqual([]);
  });
});
