import { describe, expect, it } from 'vitest';
import { distinctUnits, dutyUnit, expandAbbreviations, splitUnits } from '../../src/lib/plan-import/units.ts';
import { planSlug, unitResolver, unitSlug } from '../../src/lib/plan-import/unit-slug.ts';

describe('splitUnits', () => {
  it('splits on ";" and on ", " before a unit name', () => {
    expect(
      splitUnits(
        'Ban Tuyên giáo Tỉnh ủy; các sở, ban, ngành, đoàn thể của tỉnh; Đài Phát thanh - Truyền hình Gia Lai.',
      ),
    ).toEqual([
      'Ban Tuyên giáo Tỉnh ủy',
      'Các sở, ban, ngành, đoàn thể của tỉnh',
      'Đài Phát thanh - Truyền hình Gia Lai',
    ]);
    expect(splitUnits('Các sở, ban, ngành của tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố.')).toEqual([
      'Các sở, ban, ngành của tỉnh',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
    ]);
  });
  it('keeps "Sở Văn hóa, Thể thao và Du lịch" and a list after a colon whole', () => {
    expect(splitUnits('Sở Văn hóa, Thể thao và Du lịch')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    expect(splitUnits('Ủy ban nhân dân các huyện biên giới: Đức Cơ, Chư Prông và Ia Grai.')).toEqual([
      'Ủy ban nhân dân các huyện biên giới: Đức Cơ, Chư Prông và Ia Grai',
    ]);
  });
  it('reads a duty heading', () => {
    expect(dutyUnit('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
  });
  it('writes out UBND and HĐND', () => {
    expect(expandAbbreviations('UBND huyện Đak Đoa')).toBe('Ủy ban nhân dân huyện Đak Đoa');
    expect(expandAbbreviations('Thường trực HĐND tỉnh')).toBe('Thường trực Hội đồng nhân dân tỉnh');
  });
  it('collects distinct units, whatever their case or abbreviation', () => {
    expect(
      distinctUnits([
        'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
        'Bộ Chỉ huy Bộ đội biên phòng tỉnh',
        'UBND xã',
        'Ủy ban nhân dân xã',
      ]),
    ).toEqual(['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'UBND xã']);
  });
});

describe('slugs', () => {
  it('makes unit slugs as the units folder names them ("đ" → "d", UBND)', () => {
    expect(unitSlug('Sở Ngoại vụ')).toBe('so-ngoai-vu');
    expect(unitSlug('Ủy ban nhân dân tỉnh Gia Lai')).toBe('ubnd-tinh-gia-lai');
    expect(unitSlug('Đài Phát thanh - Truyền hình Gia Lai')).toBe('dai-phat-thanh-truyen-hinh-gia-lai');
    expect(unitSlug('Văn phòng HĐND&UBND')).toBe('van-phong-hdnd-va-ubnd');
  });
  it('prefers a known unit whose name or alias matches', () => {
    const resolve = unitResolver([{ slug: 'so-tttt', names: ['Sở Thông tin và Truyền thông', 'Sở TT&TT'] }]);
    expect(resolve('Sở TT&TT')).toBe('so-tttt');
    expect(resolve('Sở Thông tin và Truyền thông')).toBe('so-tttt');
    expect(resolve('Sở Ngoại vụ')).toBe('so-ngoai-vu');
  });
  it('names a plan by year, issuer and number', () => {
    expect(planSlug({ year: 2024, issuer: 'Ủy ban nhân dân tỉnh Gia Lai' })).toBe(
      '2024-ubnd-tinh-gia-lai-ke-hoach-ttdn',
    );
    expect(planSlug({ year: 2025, issuer: 'Ủy ban nhân dân tỉnh Gia Lai', number: '02/KH-UBND' })).toBe(
      '2025-ubnd-tinh-gia-lai-02-kh-ubnd',
    );
    expect(planSlug({ issuer: 'Ủy ban nhân dân tỉnh Gia Lai' })).toBeUndefined();
  });
});
