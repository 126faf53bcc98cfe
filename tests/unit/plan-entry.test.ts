import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { renderEntry, toEntry } from '../../src/lib/plan-import/to-entry.ts';
import { escapeInline, toMarkdown } from '../../src/lib/plan-import/to-markdown.ts';
import { planSource } from '../../src/schemas/plan.ts';

const seed = (name: string) => parsePlan(readFileSync(resolve('..', 'shared', 'seeds', name), 'utf8'));

describe('toMarkdown', () => {
  it('writes sections as headings and bullets as lists', () => {
    expect(
      toMarkdown([
        'Căn cứ Nghị định số 72;',
        'I. MỤC TIÊU',
        '1. Mục tiêu',
        '- Một;',
        '- Hai.',
        '6.1. Cổng',
        'Nơi nhận:',
        '- UBND huyện;',
      ]),
    ).toBe(
      'Căn cứ Nghị định số 72;\n\n## I. MỤC TIÊU\n\n### 1. Mục tiêu\n\n- Một;\n- Hai.\n\n#### 6.1. Cổng\n\n**Nơi nhận:**\n\n- UBND huyện;\n',
    );
  });
  it('escapes what Markdown would read as formatting', () => {
    expect(escapeInline('a*b_c<d>')).toBe('a\\*b\\_c\\<d\\>');
    expect(toMarkdown(['2022. Năm'])).toBe('2022\\. Năm\n');
  });
});

describe('toEntry on the Gia Lai seed', () => {
  const plan = seed('gia-lai-2024.txt');
  const entry = toEntry(plan);

  it('writes units as slugs and lists them', () => {
    expect(entry.data.issuer).toBe('ubnd-tinh-gia-lai');
    expect(entry.data.tasks).toContainEqual({
      title: 'Tiếp tục quảng bá hình ảnh địa phương ra nước ngoài trên Cổng Vietnam.vn',
      timeframe: 'Cả năm 2024',
      lead: 'so-thong-tin-va-truyen-thong',
      partners: [
        'cac-so-ban-nganh-doan-the-cua-tinh',
        'bao-gia-lai',
        'dai-phat-thanh-truyen-hinh-gia-lai',
        'ubnd-cac-huyen-thi-xa-thanh-pho',
      ],
    });
    expect(entry.data.duties).toContainEqual(expect.objectContaining({ unit: 'so-ngoai-vu' }));
    expect(entry.units).toContainEqual({ slug: 'so-ngoai-vu', name: 'Sở Ngoại vụ' });
    expect(entry.units).toHaveLength(23);
  });

  it('never writes a field the text did not give', () => {
    for (const key of ['number', 'place', 'issuedOn', 'summary', 'implements'])
      expect(entry.data).not.toHaveProperty(key);
    expect(entry.notes[0]).toMatch(/^summary:/u);
    expect(entry.data.tasks).toContainEqual(
      expect.objectContaining({ lead: 'so-thong-tin-va-truyen-thong', coLeads: ['bo-chi-huy-bo-doi-bien-phong-tinh'] }),
    );
  });

  it('renders YAML frontmatter that reads back and passes the plan schema, with or without a summary', () => {
    const file = renderEntry(entry);
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/u.exec(file) ?? [];
    const data = parse(yaml, { version: '1.2', schema: 'core' }) as Record<string, unknown>;
    expect(data).toEqual(entry.data);
    expect(planSource.safeParse(data).error?.issues ?? []).toEqual([]);
    const completed = planSource.safeParse({
      ...data,
      summary: 'Kế hoạch thông tin đối ngoại năm 2024 của tỉnh Gia Lai.',
    });
    expect(completed.error?.issues ?? []).toEqual([]);
    expect(body).toContain('## III. TỔ CHỨC THỰC HIỆN\n\n### 1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh');
    expect(body).not.toContain('KẾ HOẠCH');
    expect(body.endsWith('Nguyễn Thị Thanh Lịch\n')).toBe(true);
  });
});

describe('toEntry on the Kon Gang seed', () => {
  const entry = toEntry(seed('kon-gang-2022.txt'));
  it('keeps the implemented plan, keeps a deadline without a year undated and says so', () => {
    expect(entry.data.implements).toEqual([
      {
        kind: 'Kế hoạch',
        number: '66/KH-UBND',
        date: '2022-04-28',
        issuer: 'Ủy ban nhân dân huyện Đak Đoa',
        title: 'Hoạt động thông tin đối ngoại trên địa bàn huyện Đak Đoa năm 2022',
      },
    ]);
    expect(entry.data.reportingDeadlines).toEqual([{ what: expect.stringContaining('trước ngày 01/11') }]);
    expect(entry.notes.some((n) => n.startsWith('reportingDeadlines:'))).toBe(true);
    expect(entry.data.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Phạm Văn Hảo' });
    expect(planSource.safeParse({ ...entry.data, summary: 'Kế hoạch của xã Kon Gang năm 2022.' }).success).toBe(true);
  });
});
