/** The mistakes editors make, one per case, as files laid over tests/fixtures/content. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const base = join(import.meta.dirname, '../../fixtures/content');
const read = (path: string) => readFileSync(join(base, path), 'utf8');
const PROFILE = 'fixture/profiles/vi/du-an.md';
const PRESS = 'fixture/press/vi/thong-cao.md';
const PLAN = 'fixture/plans/vi/ke-hoach-2024.md';

const place = (cover: string, extra = '') => `---
title: Điểm đến mẫu
summary: Một điểm đến mẫu dùng để kiểm thử.
kind: landscape
location: { name: { vi: Xã Mẫu }, lat: 14.0, lon: 108.0 }
cover:
  src: ${cover}
  alt: Hình minh họa hồ nước
  credit: "Minh họa: nhóm cổng thông tin"
  licence: CC BY 4.0
  illustration: true
sources: [{ title: Nguồn mẫu }]
sample: true
---
${extra}
`;

export interface BrokenCase {
  name: string;
  files: Record<string, string>;
  /** The field as a path ("tasks[1].lead", named by its label in the message), or a part of the file as the message writes it. */
  expected: { file: string; field: string; message: RegExp };
}

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'a required field is missing',
    files: { [PROFILE]: read(PROFILE).replace(/^sector: .*\n/m, '') },
    expected: {
      file: PROFILE,
      field: 'sector',
      message: /chưa có — hãy thêm trường này với một trong các giá trị: "agriculture"/,
    },
  },
  {
    name: 'a value is not one of the allowed ones',
    files: { [PROFILE]: read(PROFILE).replace('sector: agriculture', 'sector: mining') },
    expected: {
      file: PROFILE,
      field: 'sector',
      message: /"mining" không có trong danh sách — hãy viết một trong: "agriculture"/,
    },
  },
  {
    name: 'a date is written the Vietnamese way',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 05/03/2024') },
    expected: {
      file: PRESS,
      field: 'date',
      message: /"05\/03\/2024" viết theo kiểu ngày\/tháng\/năm — hãy viết năm-tháng-ngày: 2024-03-05/,
    },
  },
  {
    name: 'a date does not exist',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 2024-02-30') },
    expected: {
      file: PRESS,
      field: 'date',
      message: /"2024-02-30": tháng 2 năm 2024 chỉ có 29 ngày, không có ngày 30 — hãy kiểm tra lại/,
    },
  },
  {
    name: 'a task names an unknown unit',
    files: { [PLAN]: read(PLAN).replace('lead: so-ngoai-vu', 'lead: so-khong-co') },
    expected: {
      file: PLAN,
      field: 'tasks[1].lead',
      message: /"so-khong-co" không phải đơn vị nào đã có — hãy viết tên tệp/,
    },
  },
  {
    name: 'a plan implements an unknown plan',
    files: {
      [PLAN]: read(PLAN).replace('tasks:', 'implements:\n  - plan: ke-hoach-khong-co\n    kind: Kế hoạch\ntasks:'),
    },
    expected: {
      file: PLAN,
      field: 'implements[1].plan',
      message: /"ke-hoach-khong-co" không phải kế hoạch nào đã có — hãy viết tên tệp/,
    },
  },
  {
    name: 'two entries use the same slug',
    files: { 'fixture/anniversaries/quoc-khanh.yaml': read('national/anniversaries/quoc-khanh.yaml') },
    expected: {
      file: 'fixture/anniversaries/quoc-khanh.yaml',
      field: '(slug)',
      message: /đã được dùng cho content\/national\/anniversaries\/quoc-khanh.yaml — mỗi mục cần một tên tệp riêng/,
    },
  },
  {
    name: 'an image file is missing',
    files: {
      'fixture/places/vi/ho.md': place('images/khong-co.jpg'),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
    expected: {
      file: 'fixture/places/vi/ho.md',
      field: 'cover.src',
      message: /không có ảnh "images\/khong-co.jpg" — hãy đặt tệp ảnh ở content\/fixture\/images\/khong-co.jpg/,
    },
  },
  {
    name: 'a translation has no alt text of its own for a picture of its source',
    files: {
      'fixture/places/vi/ho.md': place('images/ho.svg'),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'fixture/places/en/ho.md':
        '---\ntitle: Sample lake\nsummary: A sample place used for tests.\ntranslation: { status: draft }\n---\n',
    },
    expected: {
      file: 'fixture/places/en/ho.md',
      field: 'cover.alt',
      message: /ảnh chưa có mô tả bằng "en" — hãy viết một câu tả ảnh/,
    },
  },
  {
    name: 'a locale folder is not configured for the province',
    files: {
      // The fixture province has vi, en, km and ko: a French folder is one it does not configure.
      'fixture/press/fr/thong-cao.md':
        '---\ntitle: Communiqué exemple\nsummary: Un communiqué exemple pour les tests.\ntranslation: { status: draft }\n---\n',
    },
    expected: {
      file: 'fixture/press/fr/thong-cao.md',
      field: '(locale folder)',
      message: /tỉnh fixture chưa khai báo ngôn ngữ "fr" — hãy dùng một trong: vi, en, km, ko/,
    },
  },
  {
    name: 'a translation states a fact of its own',
    files: {
      'fixture/profiles/en/du-an.md': read('fixture/profiles/en/du-an.md').replace(
        'translation:',
        'capitalVnd: 900000000000\ntranslation:',
      ),
    },
    expected: {
      file: 'fixture/profiles/en/du-an.md',
      field: 'capitalVnd',
      message: /trường "capitalVnd" không có ở loại nội dung này — .*tệp tiếng Việt gốc/,
    },
  },
  {
    name: 'MDX imports code',
    files: {
      'fixture/places/vi/ho.mdx': place('images/ho.svg', "import Evil from '../../evil.js'\n\nText."),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
    expected: {
      file: 'fixture/places/vi/ho.mdx',
      field: '(nội dung, dòng 15)',
      message: /câu lệnh import\/export \(mã chương trình\) — nội dung không được nhập hay xuất mã/,
    },
  },
  {
    name: 'MDX holds a script',
    files: {
      'fixture/places/vi/ho.mdx': place('images/ho.svg', '<script>fetch("https://evil.example")</script>'),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
    expected: {
      file: 'fixture/places/vi/ho.mdx',
      field: '(nội dung, dòng 15)',
      message: /thẻ HTML <script> không được phép trong nội dung — hãy viết bằng Markdown/,
    },
  },
  {
    name: 'MDX holds an inline event handler',
    files: {
      'fixture/places/vi/ho.mdx': place('images/ho.svg', '<b onclick="steal()">Bấm</b>'),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    },
    expected: {
      file: 'fixture/places/vi/ho.mdx',
      field: '(nội dung, dòng 15)',
      message: /thuộc tính onclick= trong <b> \(mã chạy khi người đọc bấm/,
    },
  },
  {
    name: 'a link runs JavaScript',
    files: { [PRESS]: read(PRESS).replace('Nội dung thông cáo.', 'Xem [tại đây](javascript:alert(1)).') },
    expected: {
      file: PRESS,
      field: '(nội dung, dòng 9)',
      message:
        /liên kết "javascript:alert\(1\)": địa chỉ bắt đầu bằng "javascript:", loại địa chỉ không được phép — hãy viết https:/,
    },
  },
  {
    name: 'an internal link leads nowhere',
    files: { [PRESS]: read(PRESS).replace('Nội dung thông cáo.', 'Xem [kế hoạch](/vi/plans/khong-co/).') },
    expected: {
      file: PRESS,
      field: '(nội dung, dòng 9)',
      message: /liên kết "\/vi\/plans\/khong-co\/" không dẫn tới trang nào của cổng thông tin — hãy viết đường dẫn/,
    },
  },
];

/**
 * The cases whose files can lie in one folder together (no file written two ways), taken in
 * order, and those files: one `npm run check` and one build then show every such mistake.
 */
export function mergeCases(cases: BrokenCase[]): { files: Record<string, string>; cases: BrokenCase[] } {
  const files: Record<string, string> = {};
  const fit: BrokenCase[] = [];
  for (const c of cases) {
    if (Object.entries(c.files).some(([path, text]) => path in files && files[path] !== text)) continue;
    Object.assign(files, c.files);
    fit.push(c);
  }
  return { files, cases: fit };
}
