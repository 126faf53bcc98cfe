/**
 * The ten mistakes editors make most, each applied to the small valid province, and the exact line
 * `npm run check` prints for it: Vietnamese, the file and its line, the field by its label, what was
 * found and what to write instead (the closest slug, the date or number as it must be written).
 * Runs the real check script only (the build's refusals are tested in content-check-broken.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fieldName } from '../../src/lib/format-issues.ts';

const repo = join(import.meta.dirname, '../..');
const base = join(import.meta.dirname, '../fixtures/content');
const read = (path: string) => readFileSync(join(base, path), 'utf8');
const PRESS = 'fixture/press/vi/thong-cao.md';
const PROFILE = 'fixture/profiles/vi/du-an.md';
const PLAN = 'fixture/plans/vi/ke-hoach-2024.md';
/** A 1×1 PNG, so a place's cover is a real picture. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4kWIEAANWAV/oF4RSAAAAAElFTkSuQmCC',
  'base64',
);
const place = (body: string, alt = '  alt: Hình minh họa hồ nước\n') =>
  `---\ntitle: Điểm đến mẫu\nsummary: Một điểm đến mẫu dùng để kiểm thử.\nkind: landscape\nlocation: { name: { vi: Xã Mẫu }, lat: 14.0, lon: 108.0 }\ncover:\n  src: images/ho.png\n${alt}  credit: "Ảnh: nhóm cổng thông tin"\n  licence: CC BY 4.0\nsources: [{ title: Nguồn mẫu }]\nsample: true\n---\n${body}\n`;

interface Mistake {
  name: string;
  files: Record<string, string | Buffer>;
  /** The one line the check prints: file, line, field (path or part), and the message. */
  says: { file: string; line?: number; field: string; message: string };
}

const TEN_MISTAKES: Mistake[] = [
  {
    name: 'a date written day/month/year',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 05/03/2024') },
    says: {
      file: PRESS,
      line: 5,
      field: 'date',
      message: '"05/03/2024" viết theo kiểu ngày/tháng/năm — hãy viết năm-tháng-ngày: 2024-03-05',
    },
  },
  {
    name: 'a date that does not exist',
    files: { [PRESS]: read(PRESS).replace('date: 2024-03-05', 'date: 2024-02-30') },
    says: {
      file: PRESS,
      line: 5,
      field: 'date',
      message:
        '"2024-02-30": tháng 2 năm 2024 chỉ có 29 ngày, không có ngày 30 — hãy kiểm tra lại văn bản gốc và viết ngày thật dạng năm-tháng-ngày, ví dụ 2024-02-29',
    },
  },
  {
    name: 'a unit slug with a typo',
    files: { [PLAN]: read(PLAN).replace('lead: so-ngoai-vu', 'lead: so-ngoai-vuu') },
    says: {
      file: PLAN,
      line: 18,
      field: 'tasks[1].lead',
      message:
        '"so-ngoai-vuu" không phải đơn vị nào đã có — có phải ý bạn là "so-ngoai-vu"? Nếu không, hãy viết tên tệp (không có .yaml/.md) của một mục trong fixture/units/',
    },
  },
  {
    name: 'a decimal comma',
    files: { [PROFILE]: read(PROFILE).replace('areaHa: 20', 'areaHa: 14,04') },
    says: {
      file: PROFILE,
      line: 7,
      field: 'areaHa',
      message:
        '"14,04" dùng dấu phẩy thập phân — hãy viết 14.04 (trong tệp nội dung, phần thập phân đứng sau dấu chấm)',
    },
  },
  {
    name: 'thousands dots',
    files: { [PROFILE]: read(PROFILE).replace('capitalVnd: 500000000000', 'capitalVnd: 1.250.000.000.000') },
    says: {
      file: PROFILE,
      line: 8,
      field: 'capitalVnd',
      message: '"1.250.000.000.000" có dấu chấm ngăn cách hàng nghìn — hãy viết liền các chữ số: 1250000000000',
    },
  },
  {
    name: 'a required field left out',
    files: { [PROFILE]: read(PROFILE).replace(/^sector: .*\n/m, '') },
    // No line of its own: the closing "---" of the front matter, just above which the field is added.
    says: {
      file: PROFILE,
      line: 13,
      field: 'sector',
      message:
        'chưa có — hãy thêm trường này với một trong các giá trị: "agriculture", "industry", "logistics", "tourism", "energy", "infrastructure", "urban", "services"',
    },
  },
  {
    name: 'a value not in the list',
    files: { [PROFILE]: read(PROFILE).replace('sector: agriculture', 'sector: agricultur') },
    says: {
      file: PROFILE,
      line: 5,
      field: 'sector',
      message:
        '"agricultur" không có trong danh sách (có phải ý bạn là "agriculture"?) — hãy viết một trong: "agriculture", "industry", "logistics", "tourism", "energy", "infrastructure", "urban", "services"',
    },
  },
  {
    name: 'a picture without alt text',
    files: { 'fixture/places/vi/ho.md': place('Hồ nước.', ''), 'fixture/images/ho.png': PNG },
    says: {
      file: 'fixture/places/vi/ho.md',
      line: 6,
      field: 'cover.alt',
      message:
        'ảnh chưa có mô tả (alt) — hãy thêm alt: một câu tả ảnh cho người không nhìn thấy ảnh, ví dụ "Cửa khẩu Lệ Thanh nhìn từ phía Việt Nam"',
    },
  },
  {
    name: 'a link to a page that does not exist',
    files: { [PRESS]: read(PRESS).replace('Nội dung thông cáo.', 'Xem [kế hoạch](/vi/plans/ke-hoach-2042/).') },
    says: {
      file: PRESS,
      line: 9,
      field: '(text)',
      message:
        'liên kết "/vi/plans/ke-hoach-2042/" không dẫn tới trang nào của cổng thông tin — có phải ý bạn là "/vi/plans/ke-hoach-2024/"?',
    },
  },
  {
    name: 'a picture path outside images/ (said once, not again as a missing file)',
    files: { 'fixture/places/vi/ho.md': place('Hồ nước.').replace('src: images/ho.png', 'src: ../ho.png') },
    says: {
      file: 'fixture/places/vi/ho.md',
      line: 7,
      field: 'cover.src',
      message:
        '"../ho.png" không phải tệp nằm ngay trong thư mục images/ của tỉnh — hãy viết đường dẫn dạng "images/hat-xoan.jpg"',
    },
  },
  {
    name: 'a translation named after its English title',
    files: {
      'fixture/press/en/sample-press-release.md':
        '---\ntitle: Sample press release\nsummary: A sample press release.\ntranslation:\n  status: reviewed\n---\n\nText.\n',
    },
    says: {
      file: 'fixture/press/en/sample-press-release.md',
      field: '(file)',
      message:
        'chưa có bản tiếng Việt gốc fixture/press/vi/sample-press-release.md — bản dịch phải có đúng tên tệp của bài tiếng Việt mà nó dịch; các bài tiếng Việt chưa có bản "en": thong-cao, thong-cao-cuoi-nam-mau, thong-cao-doan-cong-tac-mau, thong-cao-le-hoi-mau, tuyen-bo-mau',
    },
  },
  {
    name: 'an MDX slip: "<" before a number',
    files: { 'fixture/places/vi/ho.mdx': place('Mùa khô, nhiệt độ <60 độ C.'), 'fixture/images/ho.png': PNG },
    says: {
      file: 'fixture/places/vi/ho.mdx',
      line: 14,
      field: '(text)',
      message:
        'dấu "<" trước "60": MDX hiểu "<" là mở một thẻ — muốn viết dấu nhỏ hơn, hãy viết \\<60 (hoặc viết bằng chữ, ví dụ "dưới 60")',
    },
  },
];

function check(files: Record<string, string | Buffer>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-ten-mistakes-'));
  try {
    cpSync(base, dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(process.execPath, [join(repo, 'scripts/check.ts'), ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2024-06-01', GITHUB_STEP_SUMMARY: '' },
    });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(TEN_MISTAKES)('$name', ({ files, says }) => {
  it('is the one error, said in Vietnamese with file, line, label, what was found and what to write', () => {
    const r = check(files);
    expect(r.status).toBe(1);
    const line = `✗ content/${says.file}${says.line ? `:${says.line}` : ''}: ${fieldName({ field: says.field, line: says.line })}: ${says.message}`;
    expect(r.output.split('\n').filter((l) => l.startsWith('✗ '))).toEqual([line]);
    // The one warning: the fixture's exchange rate (2023-08-25) is over 90 days older than BUILD_DATE.
    expect(r.output.split('\n').filter((l) => l.startsWith('! '))).toEqual([
      expect.stringMatching(/^! content\/national\/exchange-rates\/usd\.yaml:7: .*281 ngày/),
    ]);
    expect(r.output).toMatch(/\n1 lỗi, 1 cảnh báo \(kiểm tra trong \d+ ms\) — hãy sửa từng lỗi ở trên rồi chạy lại/);
  });
});

describe('the same mistake with --lang en and --github', () => {
  const dateMistake = TEN_MISTAKES[0]!.files;
  it('speaks English on request', () => {
    const r = check(dateMistake, ['--lang', 'en']);
    expect(r.output).toContain(
      '✗ content/fixture/press/vi/thong-cao.md:5: Date (date): "05/03/2024" is written day/month/year — write year-month-day: 2024-03-05',
    );
    expect(r.output).toMatch(/1 error\(s\), 1 warning\(s\)/); // the fixture rate is over 90 days old
  });
  it('refuses a language it has no messages in, in Vietnamese', () => {
    const r = check({}, ['--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.output).toMatch(/--lang "fr": ngôn ngữ của thông báo chỉ có thể là vi hoặc en/);
  });
  it('prints each problem as an annotation on its line for GitHub', () => {
    const r = check(dateMistake, ['--github']);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /^::error file=content\/fixture\/press\/vi\/thong-cao\.md,line=5,title=Lỗi nội dung%3A .*\(date\)::content\/fixture\/press\/vi\/thong-cao\.md:5: .*"05\/03\/2024" viết theo kiểu ngày\/tháng\/năm/m,
    );
    expect(r.output).not.toMatch(/^✗ /m);
  });
});
