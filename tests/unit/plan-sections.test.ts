import { describe, expect, it } from 'vitest';
import { leafItems, numberingGaps, parseSections, toBlock } from '../../src/lib/plan-import/sections.ts';
import { parseTasks, taskField } from '../../src/lib/plan-import/tasks.ts';
import { parseDuties } from '../../src/lib/plan-import/duties.ts';

const body = [
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  'I. MỤC TIÊU, YÊU CẦU',
  '1. Mục tiêu',
  '- Nâng cao chất lượng.',
  'II. NỘI DUNG THỰC HIỆN',
  '1. Hoàn thiện hành lang pháp lý',
  '- Nội dung: Rà soát văn bản.',
  '- Thời gian thực hiện: Cả năm 2024.',
  '- Đơn vị chủ trì: Sở Thông tin và Truyền thông.',
  '- Đơn vị phối  hợp: Các sở, ban, ngành của tỉnh, Ủy ban nhân dân các huyện; Báo Gia Lai.',
  '2. Hoạt động cụ thể',
  '2.1. Quảng bá trên Cổng Vietnam.vn',
  '- Thời gian thực hiện: Quý III/2024.',
  '- Đơn vị thực hiện: Sở Ngoại vụ; Bộ Chỉ huy Bộ đội Biên phòng tỉnh.',
  '2.2. Tập san',
  'Xuất bản hai số.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Đề nghị Ban Tuyên giáo Tỉnh ủy',
  'Định hướng tuyên truyền.',
  '3. Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh',
  '- Chủ trì quảng bá.',
  '- Bảo đảm an ninh.',
];

describe('parseSections', () => {
  const { sections, before } = parseSections(body);
  it('keeps what precedes the first section apart', () => {
    expect(before).toEqual(['Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:']);
  });
  it('nests numbered items under Roman sections and 2.1 under 2', () => {
    expect(sections.map((s) => [s.number, s.title, s.items.map((i) => i.number)])).toEqual([
      ['I', 'MỤC TIÊU, YÊU CẦU', ['1']],
      ['II', 'NỘI DUNG THỰC HIỆN', ['1', '2']],
      ['III', 'TỔ CHỨC THỰC HIỆN', ['1', '3']],
    ]);
    expect(sections[1]?.items[1]?.items.map((i) => i.number)).toEqual(['2.1', '2.2']);
    expect(leafItems(sections[1]?.items ?? []).map((i) => i.number)).toEqual(['1', '2.1', '2.2']);
  });
  it('turns bullets and paragraphs into blocks', () => {
    expect(toBlock('- Nâng cao chất lượng.')).toEqual({ kind: 'bullet', text: 'Nâng cao chất lượng.' });
    expect(toBlock('Xuất bản hai số.')).toEqual({ kind: 'paragraph', text: 'Xuất bản hai số.' });
  });
  it('warns of a numbering gap', () => {
    expect(numberingGaps(sections)).toEqual(['section III: item 3 follows item 1; text may be missing']);
  });

  it('reads tasks with timeframe, lead and partners', () => {
    expect(parseTasks(sections)).toEqual([
      {
        number: '1',
        title: 'Hoàn thiện hành lang pháp lý',
        content: 'Rà soát văn bản.',
        timeframe: 'Cả năm 2024',
        lead: ['Sở Thông tin và Truyền thông'],
        partners: ['Các sở, ban, ngành của tỉnh', 'Ủy ban nhân dân các huyện', 'Báo Gia Lai'],
      },
      {
        number: '2.1',
        title: 'Quảng bá trên Cổng Vietnam.vn',
        timeframe: 'Quý III/2024',
        lead: ['Sở Ngoại vụ', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
        partners: [],
      },
      { number: '2.2', title: 'Tập san', content: 'Xuất bản hai số.', lead: [], partners: [] },
    ]);
  });
  it('recognises task field labels', () => {
    expect(taskField('Thời gian: Tháng 6/2024')).toEqual({ field: 'timeframe', value: 'Tháng 6/2024' });
    expect(taskField('Cơ quan phối hợp: Báo Gia Lai.')).toEqual({ field: 'partners', value: 'Báo Gia Lai.' });
    expect(taskField('Tăng cường thông tin')).toBeUndefined();
  });

  it('reads duties per unit', () => {
    expect(parseDuties(sections)).toEqual([
      { unit: 'Ban Tuyên giáo Tỉnh ủy', units: ['Ban Tuyên giáo Tỉnh ủy'], items: ['Định hướng tuyên truyền.'] },
      {
        unit: 'Sở Văn hóa, Thể thao và Du lịch; Công an tỉnh',
        units: ['Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh'],
        items: ['Chủ trì quảng bá.', 'Bảo đảm an ninh.'],
      },
    ]);
  });
});
