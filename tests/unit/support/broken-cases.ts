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
  expected: { file: string; field: string; message: RegExp };
}

export const BROKEN_CASES: BrokenCase[] = [
  {
    name: 'a required field is missing',
    files: { [PROFILE]: read(PROFILE).replace(/^sector: .*\n/m, '') },
    expected: { file: PROFILE, field: 'sector (Lĩnh vực)', message: /missing — expected one of: "agriculture"/ },
  },
  {
    name: 'a value is not one of the allowed ones',
    files: { [PROFILE]: read(PROFILE).replace('sector: agriculture', 'sector: mining') },
    expected: { file: PROFILE, field: 'sector (Lĩnh vực)', message: /"mining" is not one of the allowed values — expected one of: "agriculture"/ },
  },
  {
    name: 'a date is written the Vietnamese way',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 05/03/2024') },
    expected: { file: PRESS, field: 'date (Ngày)', message: /"05\/03\/2024" is not a real date — expected a date written YYYY-MM-DD/ },
  },
  {
    name: 'a date does not exist',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 2024-02-30') },
    expected: { file: PRESS, field: 'date (Ngày)', message: /"2024-02-30" is not a real date — expected/ },
  },
  {
    name: 'a task names an unknown unit',
    files: { [PLAN]: read(PLAN).replace('lead: so-ngoai-vu', 'lead: so-khong-co') },
    expected: { file: PLAN, field: 'tasks[1].lead (Đơn vị chủ trì)', message: /"so-khong-co" is not a known unit — expected/ },
  },
  {
    name: 'a plan implements an unknown plan',
    files: { [PLAN]: read(PLAN).replace('tasks:', 'implements:\n  - plan: ke-hoach-khong-co\n    kind: Kế hoạch\ntasks:') },
    expected: { file: PLAN, field: 'implements[1].plan', message: /"ke-hoach-khong-co" is not a known plan — expected/ },
  },
  {
    name: 'two entries use the same slug',
    files: { 'fixture/anniversaries/quoc-khanh.yaml': read('national/anniversaries/quoc-khanh.yaml') },
    expected: { file: 'fixture/anniversaries/quoc-khanh.yaml', field: '(slug)', message: /already used by content\/national\/anniversaries\/quoc-khanh.yaml/ },
  },
  {
    name: 'an image file is missing',
    files: { 'fixture/places/vi/ho.md': place('images/khong-co.jpg'), 'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    expected: { file: 'fixture/places/vi/ho.md', field: 'cover.src (Tệp ảnh)', message: /does not exist — expected a file at/ },
  },
  {
    name: 'a translation has no alt text of its own for a picture of its source',
    files: {
      'fixture/places/vi/ho.md': place('images/ho.svg'),
      'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'fixture/places/en/ho.md': '---\ntitle: Sample lake\nsummary: A sample place used for tests.\ntranslation: { status: draft }\n---\n',
    },
    expected: { file: 'fixture/places/en/ho.md', field: 'cover.alt (Mô tả ảnh)', message: /no alt text in "en" — expected a description/ },
  },
  {
    name: 'a locale folder is not configured for the province',
    files: { 'fixture/press/ko/thong-cao.md': '---\ntitle: 샘플 보도자료\nsummary: 테스트용 샘플 보도자료입니다.\ntranslation: { status: draft }\n---\n' },
    expected: { file: 'fixture/press/ko/thong-cao.md', field: '(locale folder)', message: /"ko" is not configured for fixture — expected one of: vi, en/ },
  },
  {
    name: 'a translation states a fact of its own',
    files: { 'fixture/profiles/en/du-an.md': read('fixture/profiles/en/du-an.md').replace('translation:', 'capitalVnd: 900000000000\ntranslation:') },
    expected: { file: 'fixture/profiles/en/du-an.md', field: 'capitalVnd (Tổng vốn đầu tư (VNĐ))', message: /unknown field "capitalVnd" — expected only the fields this kind of entry has .*Vietnamese source file/ },
  },
  {
    name: 'MDX imports code',
    files: { 'fixture/places/vi/ho.mdx': place('images/ho.svg', "import Evil from '../../evil.js'\n\nText."), 'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    expected: { file: 'fixture/places/vi/ho.mdx', field: '(text, line 15)', message: /câu lệnh import\/export \(mã chương trình\) — nội dung không được nhập hay xuất mã/ },
  },
  {
    name: 'MDX holds a script',
    files: { 'fixture/places/vi/ho.mdx': place('images/ho.svg', '<script>fetch("https://evil.example")</script>'), 'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    expected: { file: 'fixture/places/vi/ho.mdx', field: '(text, line 15)', message: /thẻ HTML <script> không được phép trong nội dung — hãy viết bằng Markdown/ },
  },
  {
    name: 'MDX holds an inline event handler',
    files: { 'fixture/places/vi/ho.mdx': place('images/ho.svg', '<b onclick="steal()">Bấm</b>'), 'fixture/images/ho.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    expected: { file: 'fixture/places/vi/ho.mdx', field: '(text, line 15)', message: /thuộc tính onclick= trong <b> \(mã chạy khi người đọc bấm/ },
  },
  {
    name: 'a link runs JavaScript',
    files: { [PRESS]: read(PRESS).replace('Nội dung thông cáo.', 'Xem [tại đây](javascript:alert(1)).') },
    expected: { file: PRESS, field: '(text, line 9)', message: /liên kết "javascript:alert\(1\)": địa chỉ bắt đầu bằng "javascript:", loại địa chỉ không được phép — hãy viết https:/ },
  },
  {
    name: 'an internal link leads nowhere',
    files: { [PRESS]: read(PRESS).replace('Nội dung thông cáo.', 'Xem [kế hoạch](/vi/plans/khong-co/).') },
    expected: { file: PRESS, field: '(text, line 9)', message: /the link "\/vi\/plans\/khong-co\/" leads to no page of this portal — expected/ },
  },
];
