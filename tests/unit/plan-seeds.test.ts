import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';

const seeds = resolve('..', 'shared', 'seeds');
const read = (name: string): string => readFileSync(resolve(seeds, name), 'utf8');
const visible = (s: string): string => s.replace(/https?:\/\/\S+/gu, '').replace(/\s+/gu, '');

/** What every seed's cleaned text must satisfy: no debris, no character lost. */
function checkCleanText(raw: string, text: string, paragraphs: string[]): void {
  expect(text).not.toMatch(/thuvienphapluat|https?:\/\//u);
  expect(paragraphs.filter((p) => /^\d{1,3}$/u.test(p))).toEqual([]);
  expect(paragraphs.filter((p) => p !== p.trim() || p === '')).toEqual([]);
  expect(visible(text)).toBe(visible(raw.normalize('NFC')));
}

describe('seed: Gia Lai province, 2024', () => {
  const raw = read('gia-lai-2024.txt');
  const plan = parsePlan(raw);

  it('reads the header fields the text gives and names the ones it lacks', () => {
    expect(plan.number).toBeUndefined();
    expect(plan.place).toBeUndefined();
    expect(plan.issuedOn).toBeUndefined();
    expect(plan.issuer).toBe('Ủy ban nhân dân tỉnh Gia Lai');
    expect(plan.title).toBe('Hoạt động thông tin đối ngoại năm 2024 trên địa bàn tỉnh Gia Lai');
    expect(plan.year).toBe(2024);
    expect(plan.level).toBe('province');
    expect(plan.area).toBe('tỉnh Gia Lai');
    expect(plan.missing).toEqual(['number', 'place', 'issuedOn', 'implements']);
    expect(plan.unparsed).toEqual([]);
  });

  it('reads the signer', () => {
    expect(plan.signer).toEqual({
      capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Thị Thanh Lịch',
    });
  });

  it('reads six legal bases with kind, number, date and issuer', () => {
    expect(plan.basis.map((r) => [r.kind, r.number, r.date, r.issuer])).toEqual([
      ['Kết luận', '57-KL/TW', '2023-06-15', 'Bộ Chính trị'],
      ['Nghị định', '72/2015/NĐ-CP', '2015-09-07', 'Chính phủ'],
      ['Thông tư', '22/2016/TT-BTTTT', '2016-10-19', 'Bộ trưởng Bộ Thông tin và Truyền thông'],
      ['Quyết định', '16/2017/QĐ-UBND', '2017-03-17', 'Ủy ban nhân dân tỉnh Gia Lai'],
      ['Kế hoạch', '184-KH/TU', '2023-11-03', 'Tỉnh ủy Gia Lai'],
      ['Công văn', '3089/BTTTT-TTĐN', '2023-07-31', 'Bộ Thông tin và Truyền thông'],
    ]);
    expect(plan.basis[1]?.title).toBe('Quản lý hoạt động thông tin đối ngoại');
    expect(plan.implements).toEqual([]);
  });

  it('reads seven tasks, fourteen duties and 23 distinct units', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6.1', '6.2']);
    expect(plan.tasks[0]).toMatchObject({
      timeframe: 'Cả năm 2024',
      lead: ['Sở Thông tin và Truyền thông'],
      partners: ['Các sở, ban, ngành, đoàn thể của tỉnh', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
    });
    expect(plan.tasks[6]?.lead).toEqual(['Sở Thông tin và Truyền thông', 'Bộ Chỉ huy Bộ đội biên phòng tỉnh']);
    expect(plan.duties).toHaveLength(14);
    expect(plan.duties[4]).toMatchObject({ unit: 'Sở Ngoại vụ', units: ['Sở Ngoại vụ'] });
    expect(plan.duties[4]?.items).toHaveLength(5);
    expect(plan.units).toHaveLength(23);
    expect(plan.units).toContain('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('reads objectives, budget, the reporting deadline and recipients', () => {
    expect(plan.sections.map((s) => s.number)).toEqual(['I', 'II', 'III', 'IV']);
    expect(plan.objectives).toHaveLength(4);
    expect(plan.requirements).toHaveLength(3);
    expect(plan.budget).toMatch(
      /^Kinh phí thực hiện từ nguồn ngân sách tỉnh đã được cấp cho các cơ quan, đơn vị, địa phương trong năm 2024;/u,
    );
    expect(plan.reportingDeadlines.map((d) => d.date)).toEqual(['2024-11-10']);
    expect(plan.recipients).toHaveLength(12);
    expect(plan.recipients[0]).toBe('Bộ Thông tin và Truyền thông (báo cáo)');
    expect(plan.archive).toBe('VT, NC, KTTH, TTTH, KGVX');
  });

  it('cleans the text: no URLs or page debris, sentences across breaks joined, nothing lost', () => {
    checkCleanText(raw, plan.text, plan.paragraphs);
    for (const sentence of [
      'Căn cứ Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác Thông tin đối ngoại trong tình hình mới;',
      'đặc biệt về các vấn đề biển đảo, biên giới, lãnh thổ, dân chủ, nhân quyền, tôn giáo;',
      'tăng cường niềm tin của Nhân dân đối với Đảng, Nhà nước và chế độ xã hội chủ nghĩa;',
      'Kế hoạch số 2059/KH-UBND ngày 13/9/2022 của Ủy ban nhân dân tỉnh',
      'Các sở, ban, ngành, đoàn thể của tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Cục Hải quan Gia Lai - Kon Tum; Báo Gia Lai; Đài Phát thanh - Truyền hình Gia Lai;',
      'Chương trình phối hợp số 399/CTr-STTTT-BCHBĐBP ngày 18/3/2022',
      '- Đơn vị phối hợp: Các cơ quan thông tấn báo chí.',
    ])
      expect(plan.text).toContain(sentence);
  });
});

describe('seed: Kon Gang commune, 2022', () => {
  const raw = read('kon-gang-2022.txt');
  const plan = parsePlan(raw);

  it('reads the header fields the text gives and names the ones it lacks', () => {
    expect(plan.number).toBeUndefined();
    expect(plan.place).toBeUndefined();
    expect(plan.issuedOn).toBeUndefined();
    expect(plan.issuer).toBe('Ủy ban nhân dân xã Kon Gang');
    expect(plan.title).toBe('Hoạt động thông tin đối ngoại trên địa bàn xã năm 2022');
    expect(plan.year).toBe(2022);
    expect(plan.level).toBe('commune');
    expect(plan.missing).toEqual(['number', 'place', 'issuedOn', 'budget', 'basis']);
    expect(plan.unparsed).toEqual([]);
  });

  it('reads the signer', () => {
    expect(plan.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Phạm Văn Hảo' });
  });

  it('reads the district plan it implements', () => {
    expect(plan.basis).toHaveLength(0);
    expect(plan.implements).toEqual([
      {
        text: 'Kế hoạch số 66/KH-UBND ngày 28/4/2022 của UBND huyện Đak Đoa về hoạt động thông tin đối ngoại trên địa bàn huyện Đak Đoa năm 2022.',
        kind: 'Kế hoạch',
        number: '66/KH-UBND',
        date: '2022-04-28',
        issuer: 'Ủy ban nhân dân huyện Đak Đoa',
        title: 'Hoạt động thông tin đối ngoại trên địa bàn huyện Đak Đoa năm 2022',
      },
    ]);
    expect(plan.intro).toBe(
      'UBND xã xây dựng Kế hoạch hoạt động thông tin đối ngoại trên địa bàn xã năm 2022, cụ thể như sau:',
    );
  });

  it('reads four tasks (no units named), five duties and six units', () => {
    expect(plan.tasks.map((t) => [t.number, t.lead.length])).toEqual([
      ['1', 0],
      ['2', 0],
      ['3', 0],
      ['4', 0],
    ]);
    expect(plan.duties.map((d) => d.unit)).toEqual([
      'Công chức Văn hóa và Thông tin xã',
      'Công chức Địa chính – Nông nghiệp xã',
      'Công chức Tài chính – Kế toán xã',
      'Công an xã',
      'Ban chỉ huy quân sự xã',
    ]);
    expect(plan.units).toHaveLength(6);
    expect(plan.warnings).toContain('4 of 4 tasks name no lead unit');
  });

  it('reads a deadline without a year and does not invent one', () => {
    expect(plan.reportingDeadlines).toEqual([
      {
        monthDay: '11-01',
        text: 'tham mưu thực hiện chế độ báo cáo về Ủy ban nhân dân huyện (qua phòng Văn hóa và Thông tin huyện) trước ngày 01/11 theo quy định',
      },
    ]);
    expect(plan.recipients).toEqual([
      'UBND huyện',
      'Phòng Văn hóa – Thông tin huyện',
      'Thường trực Đảng ủy',
      'Chủ tịch, PCT UBND xã',
      'MTTQ và các đoàn thể xã',
      'Cán bộ, công chức xã',
    ]);
  });

  it('cleans the text: no page debris, sentences across breaks joined, nothing lost', () => {
    checkCleanText(raw, plan.text, plan.paragraphs);
    for (const sentence of [
      '- Tăng cường công tác quản lý nhà nước về thông tin đối ngoại; đảm bảo sự thống nhất, đồng bộ và hiệu quả',
      'Việt Nam - Campuchia (24/6/1967 - 24/6/2022); kỷ niệm 60 năm',
      'Tuyên truyền những thành công của nước ta trong việc triển khai đường lối đối ngoại hoà bình, độc lập, tự chủ',
      'II. NỘI DUNG HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2022:',
      '4. Tiếp tục triển khai thực hiện có hiệu quả Kế hoạch số 2509/KH-UBND ngày 24/12/2020 của Ủy ban nhân dân tỉnh Gia Lai triển khai thực hiện Quyết định số 1191/QĐ-TTg',
    ])
      expect(plan.text).toContain(sentence);
  });
});

describe('seed: Cao Xá commune, 2023', () => {
  const raw = read('cao-xa-2023.txt');
  const plan = parsePlan(raw);

  it('reads the header fields the text gives and names the ones it lacks', () => {
    expect(plan.number).toBeUndefined();
    expect(plan.place).toBeUndefined();
    expect(plan.issuedOn).toBeUndefined();
    expect(plan.issuer).toBe('Ủy ban nhân dân xã Cao Xá');
    expect(plan.title).toBe('Hoạt động thông tin đối ngoại Xã Cao Xá năm 2023');
    expect(plan.year).toBe(2023);
    expect(plan.level).toBe('commune');
    expect(plan.missing).toEqual(['number', 'place', 'issuedOn', 'budget', 'implements']);
    expect(plan.unparsed).toEqual([]);
  });

  it('reads the signer', () => {
    expect(plan.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Quách Văn Chí' });
  });

  it('reads the one basis, a district plan', () => {
    expect(plan.basis.map((r) => [r.kind, r.number, r.date, r.issuer, r.title])).toEqual([
      ['Kế hoạch', '38/KH-UBND', '2023-03-08', 'Ủy ban nhân dân huyện Lâm Thao', undefined],
    ]);
  });

  it('reads eight tasks, eight duties, ten units, and warns of the lost item 7', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4.1', '4.2', '4.3', '4.4', '5']);
    expect(plan.duties).toHaveLength(8);
    expect(plan.duties[5]?.units).toEqual(['Đảng ủy', 'MTTQ và các đoàn thể chính trị']);
    expect(plan.units).toHaveLength(10);
    expect(plan.warnings).toContain('section III: item 8 follows item 6; text may be missing');
  });

  it('reads two dated reporting deadlines and six recipients', () => {
    expect(plan.reportingDeadlines.map((d) => d.date)).toEqual(['2023-06-01', '2023-11-01']);
    expect(plan.recipients).toHaveLength(6);
    expect(plan.archive).toBe('VT, VHXH');
  });

  it('cleans the text: no page debris, sentences across breaks joined, nothing lost', () => {
    checkCleanText(raw, plan.text, plan.paragraphs);
    for (const sentence of [
      'Căn cứ kế hoạch số 38/KH-UBND, ngày 08/03/2023 của UBND huyện Lâm Thao. UBND xã Cao Xá xây dựng kế hoạch triển khai thực hiện hoạt động thông tin đối ngoại trên địa bàn năm 2023, nội dung cụ thể như sau:',
      'Tuyên truyền tới cán bộ và Đảng viên tiếp tục thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;',
      'phát triển tỉnh Phú Thọ, huyện Lâm Thao. Tuyên truyền, nâng cao năng lực cạnh tranh cấp tỉnh (PCI);',
      'Chủ động nắm bắt tình hình tư tưởng, dư luận xã hội, tham mưu các biện pháp xử lý kịp thời',
    ])
      expect(plan.text).toContain(sentence);
  });
});
