/**
 * docs/check-messages.vi.md: the messages an editor sees for ten common mistakes, as the content
 * check prints them. Each mistake is one new file in a copy of the fixture content
 * (tests/fixtures/content); the check runs on the copy and its Vietnamese output is the document.
 * `npm run check:examples` writes it; tests/unit/check-messages-doc.test.ts fails when it differs
 * from what the check says today, so the document cannot drift from what editors really see.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCheck, runContentCheck } from '../src/node/run-check.ts';

const repo = join(import.meta.dirname, '..');
const FIXTURE = join(repo, 'tests/fixtures/content');
export const DOC = join(repo, 'docs/check-messages.vi.md');

/** A correct press release of the fixture province, which each mistake changes in one place. */
const press = (front: Record<string, string>, body = 'Nội dung thông cáo.') => {
  const fields = {
    title: 'Thông cáo về hội nghị mẫu',
    summary: 'Tỉnh Mẫu tổ chức hội nghị mẫu.',
    kind: 'release',
    date: '2024-03-05',
    spokesperson: 'nguoi-phat-ngon',
    ...front,
  };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => (k === 'cover' ? `cover:\n${v}` : `${k}: ${v}`));
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
};
const cover = (lines: string[]) => lines.map((l) => `  ${l}`).join('\n');

/** The ten mistakes: what the editor did, and the file it left. */
export const MISTAKES: { what: string; path: string; text: () => string }[] = [
  {
    what: 'Ngày viết kiểu ngày/tháng/năm',
    path: 'fixture/press/vi/loi-ngay-thang.md',
    text: () => press({ date: '05/03/2024' }),
  },
  {
    what: 'Số thập phân viết dấu phẩy',
    path: 'fixture/profiles/vi/loi-dau-phay.md',
    text: () =>
      readFileSync(join(FIXTURE, 'fixture/profiles/vi/du-an.md'), 'utf8').replace(/^areaHa: .*$/m, 'areaHa: "14,04"'),
  },
  {
    what: 'Số lớn có dấu chấm ngăn cách hàng nghìn',
    path: 'fixture/profiles/vi/loi-dau-cham.md',
    text: () =>
      readFileSync(join(FIXTURE, 'fixture/profiles/vi/du-an.md'), 'utf8').replace(
        /^capitalVnd: .*$/m,
        'capitalVnd: "1.250.000.000.000"',
      ),
  },
  {
    what: 'Tên tệp người phát ngôn gõ sai',
    path: 'fixture/press/vi/loi-nguoi-phat-ngon.md',
    text: () => press({ spokesperson: 'nguoi-phat-ngonn' }),
  },
  {
    what: 'Ảnh thiếu mô tả',
    path: 'fixture/press/vi/loi-thieu-mo-ta-anh.md',
    text: () => press({ cover: cover(['src: images/diem-mau.jpg', 'credit: "Ảnh: Sở Mẫu"', 'licence: CC BY 4.0']) }),
  },
  {
    what: 'Dấu "<" trong bài .mdx',
    path: 'fixture/places/vi/loi-mdx.mdx',
    text: () =>
      `${readFileSync(join(FIXTURE, 'fixture/places/vi/cua-khau-mau.md'), 'utf8').replace(/\n---\n[\s\S]*$/, '\n---\n')}\nMùa khô, nhiệt độ <60 độ C.\n`,
  },
  {
    what: 'Liên kết không an toàn',
    path: 'fixture/press/vi/loi-lien-ket.md',
    text: () => press({}, 'Xem [tài liệu](javascript:alert(1)).'),
  },
  {
    what: 'Bản tiếng Anh đặt tên tệp theo tiêu đề tiếng Anh',
    path: 'fixture/press/en/sample-press-release.md',
    text: () =>
      '---\ntitle: Sample press release\nsummary: A sample press release.\ntranslation:\n  status: reviewed\n---\n\nText.\n',
  },
  {
    what: 'Thiếu một trường bắt buộc (tóm tắt)',
    path: 'fixture/press/vi/loi-thieu-tom-tat.md',
    text: () => press({ summary: '' }),
  },
  {
    what: 'Đường dẫn ảnh ngoài thư mục images/',
    path: 'fixture/press/vi/loi-duong-dan-anh.md',
    text: () =>
      press({
        cover: cover([
          'src: ../anh-doan.jpg',
          'alt: Đoàn đại biểu đứng trước nhà cửa khẩu.',
          'credit: "Ảnh: Sở Mẫu"',
          'licence: CC BY 4.0',
        ]),
      }),
  },
];

/** The check's Vietnamese output on a copy of the fixture with the ten mistakes, as Markdown. */
export function checkExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-examples-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    for (const m of MISTAKES) writeFileSync(join(dir, m.path), m.text());
    // An investment profile needs its English translation: the two profile mistakes get the original's.
    for (const slug of ['loi-dau-phay', 'loi-dau-cham'])
      cpSync(join(FIXTURE, 'fixture/profiles/en/du-an.md'), join(dir, `fixture/profiles/en/${slug}.md`));
    // A fixed day, so that nothing dated (an exchange rate's age) changes the output from one day to the next.
    const before = process.env.BUILD_DATE;
    process.env.BUILD_DATE = '2026-01-01';
    let result;
    try {
      result = runContentCheck(undefined, undefined, dir);
    } finally {
      if (before === undefined) delete process.env.BUILD_DATE;
      else process.env.BUILD_DATE = before;
    }
    // Only the lines about the ten files: the fixture's own notes (a sample exchange rate's age) are not these mistakes.
    const output = formatCheck(result)
      .split('\n')
      .filter((line) => MISTAKES.some((m) => line.includes(`content/${m.path}`)))
      .join('\n');
    const rows = MISTAKES.map((m, i) => `${i + 1}. ${m.what}: \`content/${m.path}\``).join('\n');
    return `# Thông báo của bước kiểm tra nội dung cho mười lỗi thường gặp

*Tệp này do \`npm run check:examples\` tạo ra; đừng sửa tay. Bài kiểm tra
\`tests/unit/check-messages-doc.test.ts\` báo lỗi khi nó khác với những gì bước kiểm tra in ra hôm nay.*

Mười lỗi, mỗi lỗi một tệp mới trong bản sao của nội dung mẫu (\`tests/fixtures/content\`):

${rows}

Đây là nguyên văn kết quả \`npm run check\` (tiếng Việt) cho bản sao đó:

\`\`\`text
${output.trim()}
\`\`\`
`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  writeFileSync(DOC, checkExamples());
  console.log(`Đã ghi ${DOC.slice(repo.length + 1)}`);
}
