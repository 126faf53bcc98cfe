import { describe, expect, it } from 'vitest';
import { translationCoverage } from '../../src/editor/translation-coverage.ts';
import { mergeTranslation } from '../../src/lib/merge-translation.ts';
import { concepts } from '../../src/schemas/registry.ts';
import { planTranslation } from '../../src/schemas/plan.ts';
import { pressTranslation } from '../../src/schemas/press.ts';
import { profileTranslation } from '../../src/schemas/profile.ts';
import { imageText } from '../../src/schemas/image.ts';
import type { ContentFile } from '../../src/lib/content-check/types.ts';

const provinces = new Map([['gia-lai', { id: 'gia-lai', locales: ['vi', 'en', 'km'] }]]);

const plan = `---
title: Kế hoạch thông tin đối ngoại năm 2024
summary: Kế hoạch mẫu đủ dài để thử.
issuer: ubnd-tinh
year: 2024
level: province
area: tỉnh Gia Lai
tasks:
  - title: Cung cấp thông tin cho báo chí
  - title: Quảng bá hình ảnh tỉnh
duties:
  - unit: so-ngoai-vu
    items: [Xuất bản tập san, Đón tiếp phóng viên]
  - unit: so-tai-chinh
    items: [Bố trí kinh phí]
budget: Ngân sách tỉnh năm 2024.
reportingDeadlines:
  - due: 2024-11-10
    what: báo cáo tổng kết trước ngày 10/11/2024
recipients: [Bộ Thông tin và Truyền thông, Lưu VT]
---
Toàn văn kế hoạch.
`;
const planEn = `---
title: Foreign information plan for 2024
summary: A sample plan long enough to test.
tasks:
  - title: Give the press information
duties:
  - items: [Publish the bulletin]
budget: The 2024 provincial budget.
recipients: [Ministry of Information and Communications]
translation: { status: draft }
---
`;
const press = `---
title: Thông cáo báo chí mẫu
summary: Tóm tắt đủ dài của thông cáo.
kind: release
date: 2024-05-01
attachments:
  - file: files/press/a.pdf
    title: Bảng số liệu
cover:
  src: images/a.jpg
  alt: Cửa khẩu
  caption: Quốc lộ 19
  credit: Nhóm phát triển cổng thông tin
  licence: CC BY 4.0
---
Nội dung.
`;
const pressEn = `---
title: Sample press release
summary: A long enough summary of the release.
attachments:
  - title: Figures
cover: { alt: Border gate, caption: National Road 19 }
translation: { status: draft }
---
Text.
`;
const unit = (en?: string) =>
  `name:\n  vi: Sở Ngoại vụ\n${en ? `  en: ${en}\n` : ''}kind: department\nlevel: province\n`;

const files: ContentFile[] = [
  { path: 'gia-lai/province.yaml' },
  { path: 'gia-lai/plans/vi/ke-hoach.md', text: plan },
  { path: 'gia-lai/plans/en/ke-hoach.md', text: planEn },
  { path: 'gia-lai/press/vi/thong-cao.md', text: press },
  { path: 'gia-lai/press/en/thong-cao.md', text: pressEn },
  { path: 'gia-lai/units/so-ngoai-vu.yaml', text: unit('Department of Foreign Affairs') },
  { path: 'gia-lai/units/so-tai-chinh.yaml', text: unit() },
];

describe('translation coverage: what a reader still meets in Vietnamese', () => {
  const { rows, gaps } = translationCoverage(files, provinces);
  const en = rows.find((r) => r.locale === 'en')!;
  const km = rows.find((r) => r.locale === 'km')!;

  it('counts each task, each unit duty, unit names, attachment titles, captions and credits per locale', () => {
    expect(en.counts).toEqual({
      titleSummary: { done: 2, total: 2 },
      fullText: { done: 1, total: 2 },
      tasks: { done: 1, total: 2 },
      duties: { done: 0, total: 2 },
      unitNames: { done: 1, total: 2 },
      attachments: { done: 1, total: 1 },
      captions: { done: 1, total: 1 },
      credits: { done: 0, total: 1 },
      // The budget, each reporting deadline and each recipient of a plan.
      planDetails: { done: 2, total: 4 },
    });
    expect(km.counts.titleSummary).toEqual({ done: 0, total: 2 });
  });

  it('names the file and field of each gap English must fill, and only title and summary for other locales', () => {
    const where = (locale: string) =>
      gaps.filter((g) => g.locale === locale).map((g) => `${g.kind} ${g.file} ${g.where}`);
    expect(where('en')).toEqual([
      'fullText gia-lai/plans/en/ke-hoach.md (body)',
      'tasks gia-lai/plans/en/ke-hoach.md tasks[1]',
      // Only one of the two duties of the first unit is translated: the unit still counts as a gap.
      'duties gia-lai/plans/en/ke-hoach.md duties[0] (so-ngoai-vu)',
      'duties gia-lai/plans/en/ke-hoach.md duties[1] (so-tai-chinh)',
      'planDetails gia-lai/plans/en/ke-hoach.md reportingDeadlines[0].what',
      'planDetails gia-lai/plans/en/ke-hoach.md recipients[1]',
      'credits gia-lai/press/en/thong-cao.md cover.credit',
      'unitNames gia-lai/units/so-tai-chinh.yaml name.en',
    ]);
    expect(where('km')).toEqual([
      'titleSummary gia-lai/plans/km/ke-hoach.md title, summary',
      'titleSummary gia-lai/press/km/thong-cao.md title, summary',
    ]);
  });
});

describe('translations can carry what readers read', () => {
  it('a plan translation holds each unit duty, laid over the source item by item', () => {
    const tr = planTranslation.parse({
      title: 'A plan title',
      duties: [{ items: ['Publish the bulletin'] }],
      translation: { status: 'draft' },
    });
    const merged = mergeTranslation(
      {
        duties: [
          { unit: 'so-ngoai-vu', items: ['Xuất bản tập san'] },
          { unit: 'so-tai-chinh', items: ['Bố trí kinh phí'] },
        ],
      },
      tr,
      concepts.plans.aligned,
    );
    expect(merged.duties).toEqual([
      { unit: 'so-ngoai-vu', items: ['Publish the bulletin'] },
      { unit: 'so-tai-chinh', items: ['Bố trí kinh phí'] },
    ]);
  });

  it('a plan translation holds its budget, what each deadline asks, and each recipient, keeping the dates', () => {
    const tr = planTranslation.parse({
      title: 'A plan title',
      budget: 'The provincial budget.',
      reportingDeadlines: [{ what: 'final report before 10 November 2024' }],
      recipients: ['Ministry of Information and Communications'],
      translation: { status: 'draft' },
    });
    const merged = mergeTranslation(
      {
        budget: 'Ngân sách tỉnh.',
        reportingDeadlines: [{ due: '2024-11-10', what: 'báo cáo tổng kết' }],
        recipients: ['Bộ Thông tin và Truyền thông', 'Lưu VT'],
      },
      tr,
      concepts.plans.aligned,
    );
    expect(merged).toMatchObject({
      budget: 'The provincial budget.',
      reportingDeadlines: [{ due: '2024-11-10', what: 'final report before 10 November 2024' }],
      recipients: ['Ministry of Information and Communications', 'Lưu VT'],
    });
  });

  it('press and profile translations hold attachment titles, keeping the source file', () => {
    for (const [schema, concept] of [
      [pressTranslation, concepts.press],
      [profileTranslation, concepts.profiles],
    ] as const) {
      const tr = schema.parse({
        title: 'A title here',
        summary: 'A summary long enough.',
        attachments: [{ title: 'Fact sheet' }],
        translation: { status: 'draft' },
      });
      expect(
        mergeTranslation({ attachments: [{ file: 'files/a.pdf', title: 'Tờ thông tin' }] }, tr, concept.aligned)
          .attachments,
      ).toEqual([{ file: 'files/a.pdf', title: 'Fact sheet' }]);
    }
  });

  it('an image translation holds its credit', () => {
    expect(imageText.parse({ alt: 'A gong', credit: 'Portal development team' })).toEqual({
      alt: 'A gong',
      credit: 'Portal development team',
    });
  });
});
