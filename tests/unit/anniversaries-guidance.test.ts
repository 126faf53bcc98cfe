/**
 * The anniversary dataset against the yearly official guidance on propaganda for major holidays and
 * historical events (Ban Tuyên giáo Trung ương, relayed by provincial propaganda boards), as far as the
 * stored pages give its lists: each row is an anniversary the guidance names for that year, with its count.
 * The sources of each row are named beside it; an event the guidance names is looked up by its slug.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anniversariesOf, countLabel, type BaseEvent } from '../../src/lib/anniversaries.ts';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';

const national: BaseEvent[] = validateEntries(
  readYamlDir(join(import.meta.dirname, '../../content/national/anniversaries')),
  anniversarySchema,
).items;

/** The great holidays every yearly guidance lists, with the count for that year (Giỗ Tổ has none). */
const greatHolidays = (year: number): [string, number][] => [
  ['thanh-lap-dang', year - 1930],
  ['giai-phong-mien-nam', year - 1975],
  ['chien-thang-dien-bien-phu', year - 1954],
  ['ngay-sinh-chu-tich-ho-chi-minh', year - 1890],
  ['cach-mang-thang-tam', year - 1945],
  ['quoc-khanh', year - 1945],
];

const guidance: Record<number, [string, number][]> = {
  // Hướng dẫn 40-HD/BTGTU Quảng Ngãi (after 30-HD/BTGTW) and 55-HD/BTGTW.
  2022: [
    ...greatHolidays(2022),
    ['thuong-binh-liet-si', 75],
    ['ngay-sinh-dong-chi-nguyen-van-cu', 110],
    ['ngay-sinh-dong-chi-vo-chi-cong', 110],
    ['ngay-sinh-dong-chi-vo-van-kiet', 100],
  ],
  // Kế hoạch 143-KH/TU Nghệ An, Hướng dẫn 55-HD/BTGTU Cao Bằng; 96-HD/BTGTW.
  2023: [...greatHolidays(2023), ['ngay-sinh-dong-chi-chu-huy-man', 110]],
  // Quảng Trị's guidance for 2024 (after 126-HD/BTGTW); Thường trực Ban Bí thư on the 2024 events (Znews, 12/8/2024).
  2024: [
    ...greatHolidays(2024),
    ['ngay-sinh-dong-chi-tran-phu', 120],
    ['ngay-sinh-dong-chi-nguyen-luong-bang', 120],
    ['ngay-sinh-dong-chi-hoang-dinh-giong', 120],
    ['thanh-lap-quan-doi-nhan-dan', 80],
    ['ngay-hoi-quoc-phong-toan-dan', 35],
    ['giai-phong-thu-do', 70],
  ],
  // Công văn 3837/BTTTT-TTĐN (the five great events of 2025, after the Secretariat); 69-HD/BTGTW.
  2025: [
    ...greatHolidays(2025),
    ['ngay-truyen-thong-cong-an-nhan-dan', 80],
    ['ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc', 20],
  ],
  // Hướng dẫn 139-HD/BTGTW (80 năm Tổng tuyển cử đầu tiên, 06/01/1946 - 06/01/2026).
  2026: [['tong-tuyen-cu-dau-tien', 80]],
};

/**
 * Anniversaries the Party or the State marked in a year whose guidance list is not in the stored pages
 * (2026: Hướng dẫn 45-HD/BTGDVTW of 31/12/2025 is known by its number only, from the culture ministry's
 * relay on nhandan.vn), or that the guidance rows above miss. Each row names the page that reports it.
 */
const marked: Record<number, [string, number][]> = {
  2022: [
    // phapluatquansu.vn: "toàn Đảng, toàn dân và toàn quân ta kỷ niệm 120 năm Ngày sinh của đồng chí Lê Hồng Phong".
    ['ngay-sinh-dong-chi-le-hong-phong', 120],
    // hoinhabaohcm.vn: the President's delegation at Phạm Hùng's memorial (110 năm, 11-6-1912 – 11-6-2022); the
    // President's meeting for "50 năm chiến thắng Hà Nội - Điện Biên Phủ trên không (12-1972 - 12-2022)".
    ['ngay-sinh-dong-chi-pham-hung', 110],
    ['chien-thang-ha-noi-dien-bien-phu-tren-khong', 50],
    // thoidai.com.vn: the Viet Nam–Laos Solidarity and Friendship Year 2022; radio.voh.com.vn: Viet Nam–Cambodia 55 năm.
    ['viet-nam-lao-quan-he-ngoai-giao', 60],
    ['viet-nam-lao-hiep-uoc-huu-nghi', 45],
    ['viet-nam-campuchia-quan-he-ngoai-giao', 55],
  ],
  // Quyết định 368/QĐ-TTg (11/4/2023): the Prime Minister's plan for 75 năm Lời kêu gọi thi đua ái quốc (tapchinongthonmoi.vn).
  2023: [['loi-keu-goi-thi-dua-ai-quoc', 75]],
  // baohatinh.vn: the ceremony at the Hanoi Opera House, 7/1/2024, with the State President; nhandan.vn: the
  // ceremony for 110 năm Lý Tự Trọng (20/10/1914 - 20/10/2024) with a Deputy Prime Minister.
  2024: [
    ['chien-thang-bien-gioi-tay-nam', 45],
    ['ngay-sinh-dong-chi-ly-tu-trong', 110],
    // baophapluat.vn: the Defence Ministry's conference with the Central Propaganda Board, 110 năm Nguyễn Chí Thanh (1/1/1914 - 1/1/2024).
    ['ngay-sinh-dong-chi-nguyen-chi-thanh', 110],
  ],
  // vietnamnet.vn: 95 năm Hội Liên hiệp Phụ nữ Việt Nam (1930-2025); baoquocte.vn: the General Secretary's letter for
  // 65 năm quan hệ ngoại giao Việt Nam – Cuba (2/12/1960-2/12/2025).
  2025: [
    ['thanh-lap-hoi-lien-hiep-phu-nu-viet-nam', 95],
    ['viet-nam-cuba-quan-he-ngoai-giao', 65],
    // sggp.org.vn: the Party Central Office's exhibition for 110 năm Nguyễn Văn Linh (1-7-1915 - 1-7-2025).
    ['ngay-sinh-dong-chi-nguyen-van-linh', 110],
    // National ceremonies for sectors founded in 1945: the courts (General Secretary, 13/9/2025), the inspectorate
    // (General Secretary, 17/11/2025), justice (Prime Minister, 25/8/2025), culture (Hanoi Opera House, 23/8/2025).
    ['truyen-thong-toa-an-nhan-dan', 80],
    ['truyen-thong-thanh-tra-viet-nam', 80],
    ['truyen-thong-nganh-tu-phap', 80],
    ['truyen-thong-nganh-van-hoa', 80],
  ],
  2026: [
    ...greatHolidays(2026),
    // baotintuc.vn: the national ceremony, 6/1/2026.
    ['tong-tuyen-cu-dau-tien', 80],
    // vnexpress.net: 120 năm ngày sinh Thủ tướng Phạm Văn Đồng (1/3/1906 - 1/3/2026).
    ['ngay-sinh-dong-chi-pham-van-dong', 120],
    // baohatinh.vn: a national conference directed by the Ban Tuyên giáo và Dân vận Trung ương (24/4/1906 - 24/4/2026).
    ['ngay-sinh-dong-chi-ha-huy-tap', 120],
    // vtcnews.vn: the Party's art programme for "40 năm công cuộc Đổi mới (1986 - 2026)".
    ['dai-hoi-vi-cua-dang', 40],
  ],
};

describe('the anniversaries the yearly guidance names are computed with its count', () => {
  it.each(Object.entries(guidance))('%s', (year, rows) => {
    const list = anniversariesOf(national, Number(year));
    const found = (slug: string) => list.find((a) => a.slug === slug)?.years;
    expect(rows.filter(([slug, years]) => found(slug) !== years)).toEqual([]);
  });

  it.each(Object.entries(marked))('marked in %s', (year, rows) => {
    const list = anniversariesOf(national, Number(year));
    const found = (slug: string) => list.find((a) => a.slug === slug)?.years;
    expect(rows.filter(([slug, years]) => found(slug) !== years)).toEqual([]);
  });

  it('lists Giỗ Tổ Hùng Vương every year, without a count', () => {
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027]) {
      expect(
        anniversariesOf(national, year).find((a) => a.slug === 'gio-to-hung-vuong'),
        String(year),
      ).toMatchObject({ counted: false });
    }
  });

  it('lists International Women’s Day every year, without a count (its sources disagree on the year)', () => {
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027]) {
      const day = anniversariesOf(national, year).find((a) => a.slug === 'ngay-quoc-te-phu-nu');
      expect(day, String(year)).toMatchObject({ date: `${year}-03-08`, counted: false });
      expect(day && countLabel(day, 'vi'), String(year)).toBeUndefined();
    }
  });

  it('reports a great holiday that is not listed in a year that is not round for it', () => {
    const notYearly = national.map((e) => (e.slug === 'thanh-lap-dang' ? { ...e, yearly: false } : e));
    expect(anniversariesOf(notYearly, 2023).find((a) => a.slug === 'thanh-lap-dang')).toBeUndefined();
  });
});
