import { describe, expect, it } from 'vitest';
import { parseBudget, parseTail } from '../../src/lib/plan-import/closing.ts';
import { findDeadlines } from '../../src/lib/plan-import/deadlines.ts';
import { parseSections } from '../../src/lib/plan-import/sections.ts';

describe('parseBudget', () => {
  it('takes the text of the KINH PHÍ section', () => {
    const { sections } = parseSections([
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tài chính',
      'Bố trí kinh phí.',
      'IV. KINH PHÍ THỰC HIỆN',
      'Từ ngân sách tỉnh.',
      'Nguồn hợp pháp khác.',
    ]);
    expect(parseBudget(sections)).toBe('Từ ngân sách tỉnh.\n\nNguồn hợp pháp khác.');
    expect(parseBudget(sections.slice(0, 1))).toBeUndefined();
  });
});

describe('findDeadlines', () => {
  it('reads deadlines with and without a year, with their clause', () => {
    const { deadlines, warnings } = findDeadlines([
      '- Báo cáo kết quả sơ kết trước ngày 01/6/2023; kết quả tổng kết năm trước ngày 01/11/2023 để tổng hợp, báo cáo UBND huyện.',
      'Tham mưu thực hiện chế độ báo cáo về Ủy ban nhân dân huyện trước ngày 01/11 theo quy định.',
      'Hoàn thành trước ngày 30/6/2024.',
    ]);
    expect(deadlines).toEqual([
      { monthDay: '06-01', date: '2023-06-01', text: 'Báo cáo kết quả sơ kết trước ngày 01/6/2023' },
      {
        monthDay: '11-01',
        date: '2023-11-01',
        text: 'kết quả tổng kết năm trước ngày 01/11/2023 để tổng hợp, báo cáo UBND huyện',
      },
      {
        monthDay: '11-01',
        text: 'Tham mưu thực hiện chế độ báo cáo về Ủy ban nhân dân huyện trước ngày 01/11 theo quy định',
      },
    ]);
    expect(warnings).toEqual([]);
  });
  it('reads "trước ngày 10 tháng 11 năm 2024" and refuses 30/02', () => {
    const { deadlines, warnings } = findDeadlines([
      'Báo cáo trước ngày 10 tháng 11 năm 2024; báo cáo trước ngày 30/02.',
    ]);
    expect(deadlines.map((d) => d.date)).toEqual(['2024-11-10']);
    expect(warnings).toEqual(['"trước ngày 30/02" is not a real date']);
  });
});

describe('parseTail', () => {
  it('reads closing, recipients, archive and a KT. signer', () => {
    expect(
      parseTail([
        'Trên đây là Kế hoạch năm 2024./.',
        'Nơi nhận:',
        '- Bộ Thông tin và Truyền thông (báo cáo);',
        '-  Các khu dân cư;',
        '- Lưu: VT, NC.',
        'TM. ỦY BAN NHÂN DÂN',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        '(Đã ký)',
        'Nguyễn Thị Thanh Lịch',
      ]),
    ).toEqual({
      closing: 'Trên đây là Kế hoạch năm 2024./.',
      recipients: ['Bộ Thông tin và Truyền thông (báo cáo)', 'Các khu dân cư'],
      archive: 'VT, NC',
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Thanh Lịch' },
      unparsed: [],
    });
  });
  it('reads a signature block that comes before the recipients, and keeps what it cannot place', () => {
    const tail = parseTail([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Văn Hảo',
      'Nơi nhận:',
      '- UBND huyện;',
      'Ghi chú 2.',
    ]);
    expect(tail.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Phạm Văn Hảo' });
    expect(tail.recipients).toEqual(['UBND huyện']);
    expect(tail.unparsed).toEqual(['Ghi chú 2.']);
  });
  it('gives no signer when there is none', () => {
    expect(parseTail(['Nơi nhận:', '- UBND huyện;']).signer).toBeUndefined();
  });
});
