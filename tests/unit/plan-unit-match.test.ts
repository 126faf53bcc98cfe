import { describe, expect, it } from 'vitest';
import { unitMatcher, withArea } from '../../src/lib/plan-import/unit-match.ts';

const caoXa = [
  { slug: 'ubnd-xa-cao-xa', names: ['Ủy ban nhân dân xã Cao Xá', 'UBND xã Cao Xá'] },
  { slug: 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa', names: ['Công chức Văn hóa - Xã hội xã Cao Xá'] },
  { slug: 'cong-chuc-dia-chinh-xay-dung-xa-cao-xa', names: ['Công chức Địa chính - Nông nghiệp - Xây dựng xã Cao Xá'] },
  { slug: 'mttq-va-cac-doan-the-xa-cao-xa', names: ['Mặt trận Tổ quốc và các đoàn thể chính trị xã Cao Xá'] },
  { slug: 'cong-an-xa-cao-xa', names: ['Công an xã Cao Xá'] },
  { slug: 'ubnd-huyen-lam-thao', names: ['Ủy ban nhân dân huyện Lâm Thao'] },
  { slug: 'phong-van-hoa-thong-tin-huyen-lam-thao', names: ['Phòng Văn hóa và Thông tin huyện Lâm Thao'] },
];

describe("matching a plan's unit names to the province's units", () => {
  const match = unitMatcher(caoXa, 'xã Cao Xá');
  it.each([
    ['Công chức Văn hóa xã hội', 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa'],
    ['CÔNG CHỨC VĂN HOÁ - XÃ HỘI', 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa'],
    ['Công chức VHXH', 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa'],
    ['Công an xã', 'cong-an-xa-cao-xa'],
    ['UBND xã', 'ubnd-xa-cao-xa'],
    ['Uỷ ban nhân dân xã Cao Xá', 'ubnd-xa-cao-xa'],
    ['UBND huyện Lâm Thao', 'ubnd-huyen-lam-thao'],
    ['Công chức Địa chính NN và XD', 'cong-chuc-dia-chinh-xay-dung-xa-cao-xa'],
    ['MTTQ và các đoàn thể chính trị', 'mttq-va-cac-doan-the-xa-cao-xa'],
    ['Phòng VH-TT huyện Lâm Thao', 'phong-van-hoa-thong-tin-huyen-lam-thao'],
    ['Phòng VH&TT huyện Lâm Thao', 'phong-van-hoa-thong-tin-huyen-lam-thao'],
    ['Phòng Văn hóa – Thông tin huyện Lâm Thao', 'phong-van-hoa-thong-tin-huyen-lam-thao'],
  ])('"%s" → %s', (name, slug) => {
    const m = match(name);
    expect(m.slug).toBe(slug);
    expect(m.known).toBe(caoXa.find((u) => u.slug === slug)?.names[0]);
  });

  it('says how it matched when the name differs', () => {
    expect(match('Công an xã').how).toBe('thêm địa bàn của kế hoạch: "Công an xã Cao Xá"');
    expect(match('MTTQ và các đoàn thể chính trị').how).toMatch(/cùng các từ/u);
    expect(match('Công an xã Cao Xá').how).toBeUndefined();
  });

  it('leaves an unknown unit to its own slug, and does not take a unit that only shares the place', () => {
    expect(match('Trường Tiểu học Cao Xá')).toEqual({ slug: 'truong-tieu-hoc-cao-xa' });
    expect(match('Hội Nông dân xã')).toEqual({ slug: 'hoi-nong-dan-xa' });
    const gialai = unitMatcher([{ slug: 'tinh-uy-gia-lai', names: ['Tỉnh ủy Gia Lai'] }], 'tỉnh Gia Lai');
    expect(gialai('Ban Tuyên giáo Tỉnh ủy').slug).toBe('ban-tuyen-giao-tinh-uy');
  });

  it("adds the plan's area only where the name lacks a place", () => {
    expect(withArea('Công an xã', 'xã Cao Xá')).toBe('Công an xã Cao Xá');
    expect(withArea('Đảng ủy', 'xã Cao Xá')).toBe('Đảng ủy xã Cao Xá');
    expect(withArea('UBND huyện', 'xã Cao Xá')).toBeUndefined();
    expect(withArea('Công an xã Cao Xá', 'xã Cao Xá')).toBeUndefined();
    expect(withArea('Công an xã', undefined)).toBeUndefined();
  });
});
