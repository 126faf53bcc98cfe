import { describe, expect, it } from 'vitest';
import { matchesNumber, numberParts } from '../../src/lib/plan-pages/numbers.ts';
import { mentionedDocuments } from '../../src/lib/plan-pages/mentions.ts';
import { numberIndex } from '../../src/lib/plan-pages/number-index.ts';
import type { PlanFacts } from '../../src/lib/plan-pages/types.ts';

describe('matchesNumber, by the parts of a number', () => {
  it('ignores separators, spaces, case and đ/d', () => {
    expect(numberParts('157/KH-UBND')).toEqual(['157', 'kh', 'ubnd']);
    for (const typed of ['157/KH-UBND', '157 KH UBND', '157-kh-ubnd', '157KH-UBND', ' 157 / kh - ubnd ', '157/KH'])
      expect(matchesNumber(typed, '157/KH-UBND'), typed).toBe(true);
    expect(matchesNumber('3089/btttt-ttdn', '3089/BTTTT-TTĐN')).toBe(true);
    expect(matchesNumber('16/2017/QD-UBND', '16/2017/QĐ-UBND')).toBe(true);
  });
  it('starts at a part: a later part finds it, the tail of a part does not', () => {
    expect(matchesNumber('KH-UBND', '157/KH-UBND')).toBe(true);
    expect(matchesNumber('2015/ND', '72/2015/NĐ-CP')).toBe(true);
    expect(matchesNumber('57/KH', '157/KH-UBND')).toBe(false);
    expect(matchesNumber('158/KH-UBND', '157/KH-UBND')).toBe(false);
  });
  it('reads "Kế hoạch số 157/KH-UBND" as the number after "số"', () => {
    expect(matchesNumber('Kế hoạch số 157/KH-UBND', '157/KH-UBND')).toBe(true);
    expect(matchesNumber('ke hoach so 157', '157/KH-UBND')).toBe(true);
  });
  it('finds nothing for nothing', () => {
    expect(matchesNumber(' / ', '157/KH-UBND')).toBe(false);
  });
});

describe('mentionedDocuments', () => {
  const text =
    'Tăng cường tuyên truyền Kế hoạch số 184-KH/TU ngày 03/11/2023 của Tỉnh ủy; kế hoạch số 157/KH-UBND ngày 22/01/2024 của UBND tỉnh ' +
    'thực hiện Kết luận số 57-KL/TW, ngày 15 tháng 6 năm 2023. Theo Nghị định 72/2015/NĐ-CP. Lại nhắc Kế hoạch số 157/KH-UBND. ' +
    'Kế hoạch năm 2024 và Chương trình số 2 không phải số văn bản.';
  it('finds each document named by kind and number, once, with its date when it follows', () => {
    expect(mentionedDocuments(text)).toEqual([
      { kind: 'Kế hoạch', number: '184-KH/TU', date: '2023-11-03' },
      { kind: 'Kế hoạch', number: '157/KH-UBND', date: '2024-01-22' },
      { kind: 'Kết luận', number: '57-KL/TW', date: '2023-06-15' },
      { kind: 'Nghị định', number: '72/2015/NĐ-CP' },
    ]);
  });
  it('reads decomposed Vietnamese (NFD) as written', () => {
    expect(mentionedDocuments('Kế hoạch số 157/KH-UBND'.normalize('NFD')).map((d) => d.number)).toEqual([
      '157/KH-UBND',
    ]);
  });
});

describe('numberIndex with the numbers a plan text names', () => {
  const plan: PlanFacts = {
    slug: 'p',
    title: 'P',
    number: '10/KH-UBND',
    issuer: 'u',
    year: 2024,
    level: 'province',
    basis: [{ kind: 'Kế hoạch', number: '184-KH/TU', issuer: 'Tỉnh ủy' }],
  };
  const mentions = new Map([
    [
      'p',
      [
        { kind: 'Kế hoạch', number: '157/KH-UBND', date: '2024-01-22' },
        { kind: 'Kế hoạch', number: '184-KH/TU' },
        { kind: 'Kế hoạch', number: '10/KH-UBND' },
      ],
    ],
  ]);
  const index = numberIndex([plan], [], 'Kế hoạch', mentions);
  it('lists a number only the text names, cited by that plan, and keeps the basis facts', () => {
    expect(index.map((e) => e.number)).toEqual(['10/KH-UBND', '157/KH-UBND', '184-KH/TU']);
    expect(index.find((e) => e.number === '157/KH-UBND')).toMatchObject({
      kind: 'Kế hoạch',
      date: '2024-01-22',
      citedBy: ['p'],
    });
    expect(index.find((e) => e.number === '184-KH/TU')).toMatchObject({ issuer: 'Tỉnh ủy', citedBy: ['p'] });
    expect(index.find((e) => e.number === '10/KH-UBND')).toMatchObject({ plan: 'p', citedBy: [] });
  });
});
