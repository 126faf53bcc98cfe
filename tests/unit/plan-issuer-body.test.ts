import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';

/** A plan without a header block: title, the opening sentence, one section and a closing sentence. */
function headerless(
  opening: string,
  closing: string,
  signer: string[] = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A'],
): string {
  return [
    'KẾ HOẠCH',
    'Hoạt động thông tin đối ngoại năm 2024',
    opening,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Nâng cao hiệu quả công tác thông tin đối ngoại.',
    closing,
    'Nơi nhận:',
    '- Lưu: VT.',
    ...signer,
  ].join('\n\n');
}

describe('issuer, level and area from the opening sentence when there is no header', () => {
  it.each([
    [
      'department',
      'Thực hiện Kế hoạch số 02/KH-UBND ngày 03/01/2024 của Ủy ban nhân dân tỉnh, Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai ban hành Kế hoạch hoạt động thông tin đối ngoại năm 2024 như sau:',
      'Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai',
      'department',
      'tỉnh Gia Lai',
    ],
    [
      'department, abbreviated',
      'Sở TT&TT tỉnh Phú Thọ ban hành Kế hoạch như sau:',
      'Sở TT&TT tỉnh Phú Thọ',
      'department',
      'tỉnh Phú Thọ',
    ],
    [
      'district',
      'Thực hiện Kế hoạch của tỉnh, UBND huyện Đak Đoa xây dựng Kế hoạch hoạt động thông tin đối ngoại năm 2024 như sau:',
      'Ủy ban nhân dân huyện Đak Đoa',
      'district',
      'huyện Đak Đoa',
    ],
    [
      'town',
      'Ủy ban nhân dân thị xã An Khê ban hành Kế hoạch như sau:',
      'Ủy ban nhân dân thị xã An Khê',
      'district',
      'thị xã An Khê',
    ],
    [
      'commune',
      'UBND xã Cao Xá xây dựng kế hoạch triển khai như sau:',
      'Ủy ban nhân dân xã Cao Xá',
      'commune',
      'xã Cao Xá',
    ],
    [
      'ward',
      'Ủy ban nhân dân phường Hội Thương ban hành Kế hoạch như sau:',
      'Ủy ban nhân dân phường Hội Thương',
      'commune',
      'phường Hội Thương',
    ],
    [
      'province',
      'Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch như sau:',
      'Ủy ban nhân dân tỉnh Gia Lai',
      'province',
      'tỉnh Gia Lai',
    ],
  ])('%s', (_, opening, issuer, level, area) => {
    const plan = parsePlan(headerless(opening, 'Trên đây là Kế hoạch năm 2024./.'), 'paragraphs');
    expect(plan).toMatchObject({ issuer, level, area });
    expect(plan.warnings).toContain(`issuer "${issuer}" read from the body text (the header does not name it)`);
  });
});

describe('issuer, level and area from the closing block when the opening does not name them', () => {
  it('a department named in the closing sentence', () => {
    const plan = parsePlan(
      headerless(
        'Căn cứ tình hình thực tế, Sở xây dựng Kế hoạch như sau:',
        'Trên đây là Kế hoạch hoạt động thông tin đối ngoại năm 2024 của Sở Ngoại vụ tỉnh Gia Lai./.',
        ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Văn B'],
      ),
      'paragraphs',
    );
    expect(plan).toMatchObject({ issuer: 'Sở Ngoại vụ tỉnh Gia Lai', level: 'department', area: 'tỉnh Gia Lai' });
  });

  it('a commune named in the closing sentence', () => {
    const plan = parsePlan(
      headerless('UBND xã xây dựng Kế hoạch như sau:', 'Trên đây là Kế hoạch năm 2024 của UBND xã Kon Gang./.'),
      'paragraphs',
    );
    expect(plan).toMatchObject({ issuer: 'Ủy ban nhân dân xã Kon Gang', level: 'commune', area: 'xã Kon Gang' });
  });

  it('the level alone from the signature when no sentence names the body: "GIÁM ĐỐC" signs for a department', () => {
    const plan = parsePlan(
      headerless('Sở xây dựng Kế hoạch như sau:', 'Trên đây là Kế hoạch năm 2024./.', [
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Trần Văn B',
      ]),
      'paragraphs',
    );
    expect(plan.issuer).toBeUndefined();
    expect(plan.level).toBe('department');
    expect(plan.missing).toContain('issuer');
    expect(plan.warnings).toContain(
      'level "department" read from the signature ("KT. GIÁM ĐỐC"); the text names no issuer',
    );
  });
});
