import { describe, expect, it } from 'vitest';
import {
  parseReference,
  parseReferences,
  splitCitations,
  splitFirstSentence,
} from '../../src/lib/plan-import/references.ts';

describe('parseReference', () => {
  it('reads kind, number, date, issuer and title', () => {
    expect(
      parseReference(
        'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;',
      ),
    ).toMatchObject({
      kind: 'Nghị định',
      number: '72/2015/NĐ-CP',
      date: '2015-09-07',
      issuer: 'Chính phủ',
      title: 'Quản lý hoạt động thông tin đối ngoại',
    });
  });
  it('ends the issuer at a title verb other than "về"', () => {
    expect(
      parseReference(
        'Thông tư số 22/2016/TT-BTTTT ngày 19 tháng 10 năm 2016 của Bộ trưởng Bộ Thông tin và Truyền thông hướng dẫn quản lý',
      ),
    ).toMatchObject({
      issuer: 'Bộ trưởng Bộ Thông tin và Truyền thông',
      title: 'Hướng dẫn quản lý',
    });
  });
  it('reads numeric dates, a comma before the date and lower-case kinds', () => {
    expect(parseReference('kế hoạch số 38/KH-UBND, ngày 08/03/2023 của UBND huyện Lâm Thao.')).toEqual({
      text: 'kế hoạch số 38/KH-UBND, ngày 08/03/2023 của UBND huyện Lâm Thao.',
      kind: 'Kế hoạch',
      number: '38/KH-UBND',
      date: '2023-03-08',
      issuer: 'Ủy ban nhân dân huyện Lâm Thao',
    });
  });
  it('reads a number written without "số"', () => {
    expect(parseReference('Chương trình 399/CTr-STTTT-BCHBĐBP ngày 18/3/2022')).toMatchObject({
      kind: 'Chương trình',
      number: '399/CTr-STTTT-BCHBĐBP',
      date: '2022-03-18',
    });
  });
  it('gives only the text when it cannot read a kind', () => {
    expect(parseReference('Căn cứ tình hình thực tế của địa phương;')).toEqual({
      text: 'Căn cứ tình hình thực tế của địa phương;',
    });
  });
});

describe('splitting', () => {
  it('splits the citation from the sentence after it', () => {
    expect(splitFirstSentence('Thực hiện Kế hoạch số 66/KH-UBND năm 2022. UBND xã xây dựng Kế hoạch')).toEqual([
      'Thực hiện Kế hoạch số 66/KH-UBND năm 2022.',
      'UBND xã xây dựng Kế hoạch',
    ]);
  });
  it('splits a paragraph that cites several documents', () => {
    expect(splitCitations('Căn cứ Nghị định số 72/2015/NĐ-CP; Thông tư số 22/2016/TT-BTTTT;')).toEqual([
      'Nghị định số 72/2015/NĐ-CP',
      'Thông tư số 22/2016/TT-BTTTT;',
    ]);
  });
  it('sorts basis, implemented plans and the rest', () => {
    const refs = parseReferences([
      'Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;',
      'Thực hiện Kế hoạch số 66/KH-UBND ngày 28/4/2022 của UBND huyện Đak Đoa. UBND xã xây dựng Kế hoạch như sau:',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ]);
    expect(refs.basis.map((r) => r.number)).toEqual(['72/2015/NĐ-CP']);
    expect(refs.implements.map((r) => [r.number, r.date, r.issuer])).toEqual([
      ['66/KH-UBND', '2022-04-28', 'Ủy ban nhân dân huyện Đak Đoa'],
    ]);
    expect(refs.rest).toEqual([
      'UBND xã xây dựng Kế hoạch như sau:',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    ]);
  });
});
