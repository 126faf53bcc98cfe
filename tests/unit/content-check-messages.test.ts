/**
 * What the content check says to an editor: Vietnamese by default and English on request, the field
 * by its label, the line, what was found and what to write instead, with a suggestion where one can
 * be made (the closest slug, 05/03/2024 → 2024-03-05, 14,04 → 14.04, 1.250.000 → 1250000). Every
 * kind of schema issue is said in words, through the real schemas; the CI outputs are escaped.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { closest, readHandwrittenDate, readVietnameseNumber } from '../../src/lib/content-check/suggest.ts';
import { en, vi, type Messages } from '../../src/lib/content-check/messages/index.ts';
import { fieldName, formatProblem, issuesToProblems, plainMessage } from '../../src/lib/format-issues.ts';
import { parseEntry } from '../../src/lib/content-check/parse-entry.ts';
import { unsafeBody } from '../../src/lib/content-check/body-safety.ts';
import { annotations, summaryMarkdown, tableCell } from '../../src/lib/content-check/report.ts';
import { isoDate, langTag, phone, slug } from '../../src/schemas/localized.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { exchangeRateSchema } from '../../src/schemas/exchange-rate.ts';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { concepts } from '../../src/schemas/registry.ts';

/** The message for one value run through a schema, as the check makes it. */
function said(schema: z.ZodType, value: unknown, m: Messages = vi): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error(`${JSON.stringify(value)} was accepted`);
  return issuesToProblems('content/x.md', result.error.issues, m).map((p) => formatProblem(p, m));
}

describe('suggestions', () => {
  it('finds the slug a typo was meant to be, and nothing for a different name', () => {
    expect(closest('tran-minh-khao', ['tran-minh-khoa', 'le-quang-vinh'])).toBe('tran-minh-khoa');
    expect(closest('so-ngoai-vuu', ['so-ngoai-vu', 'ubnd-tinh'])).toBe('so-ngoai-vu');
    expect(closest('so-khong-co', ['so-ngoai-vu', 'ubnd-tinh'])).toBeUndefined();
    expect(closest('abc', [])).toBeUndefined();
  });
  it('reads dates written by hand, day first as Vietnamese documents do', () => {
    expect(readHandwrittenDate('05/03/2024')).toMatchObject({ iso: '2024-03-05', dayFirst: true, real: true });
    expect(readHandwrittenDate('5.3.2024')).toMatchObject({ iso: '2024-03-05', real: true });
    expect(readHandwrittenDate('2024/3/5')).toMatchObject({ iso: '2024-03-05', dayFirst: false, real: true });
    expect(readHandwrittenDate('2024-02-30')).toMatchObject({ real: false, daysInMonth: 29 });
    expect(readHandwrittenDate('30/02/2023')).toMatchObject({ real: false, daysInMonth: 28 });
    expect(readHandwrittenDate('tháng 3')).toBeUndefined();
  });
  it('reads numbers written with a decimal comma or thousands separators', () => {
    expect(readVietnameseNumber('14,04')).toEqual({ value: 14.04, written: 'decimal-comma' });
    expect(readVietnameseNumber('1.250.000.000.000')).toEqual({ value: 1250000000000, written: 'thousands-dots' });
    expect(readVietnameseNumber('1.250,5')).toEqual({ value: 1250.5, written: 'thousands-dots-and-decimal-comma' });
    expect(readVietnameseNumber('1 250 000')).toEqual({ value: 1250000, written: 'thousands-spaces' });
    expect(readVietnameseNumber('1,250,000')).toEqual({ value: 1250000, written: 'thousands-commas' });
    expect(readVietnameseNumber('khoảng 20')).toBeUndefined();
  });
});

describe("schema issues in the editor's words", () => {
  const profile = z.strictObject({
    areaHa: z.number().positive(),
    capitalVnd: z.number().int().positive(),
    sector: z.enum(['agriculture', 'industry']),
    title: z.string().min(5).max(20),
    incentives: z.array(z.string()).min(1).max(2),
    location: z.strictObject({ commune: z.strictObject({ vi: z.string().min(1) }).catchall(z.string().min(1)) }),
  });
  const good = {
    areaHa: 20,
    capitalVnd: 5,
    sector: 'industry',
    title: 'Một dự án',
    incentives: ['a'],
    location: { commune: { vi: 'Xã' } },
  };

  it('invalid_type: a decimal comma, thousands dots, a fraction, a missing field, the wrong kind', () => {
    expect(said(profile, { ...good, areaHa: '14,04' })).toEqual([
      'content/x.md: Diện tích (ha) (areaHa): "14,04" dùng dấu phẩy thập phân — hãy viết 14.04 (trong tệp nội dung, phần thập phân đứng sau dấu chấm)',
    ]);
    expect(said(profile, { ...good, capitalVnd: '1.250.000.000.000' })[0]).toMatch(
      /"1\.250\.000\.000\.000" có dấu chấm ngăn cách hàng nghìn — hãy viết liền các chữ số: 1250000000000$/,
    );
    expect(said(profile, { ...good, capitalVnd: 1.5 })[0]).toMatch(/1\.5 có phần thập phân — hãy viết số nguyên/);
    expect(said(profile, { ...good, title: undefined })[0]).toMatch(/title\): chưa có — hãy thêm trường này$/);
    expect(said(profile, { ...good, incentives: 'một ưu đãi' })[0]).toMatch(
      /"một ưu đãi" là chữ — ở đây cần danh sách \(mỗi mục một dòng bắt đầu bằng "- "\)/,
    );
  });
  it('invalid_value: the allowed values, and the closest one', () => {
    expect(said(profile, { ...good, sector: 'industri' })[0]).toMatch(
      /"industri" không có trong danh sách \(có phải ý bạn là "industry"\?\) — hãy viết một trong: "agriculture", "industry"/,
    );
    expect(said(profile, { ...good, sector: undefined })[0]).toMatch(
      /chưa có — hãy thêm trường này với một trong các giá trị: "agriculture", "industry"/,
    );
  });
  it('too_small and too_big: text, numbers and lists, and an empty translation', () => {
    expect(said(profile, { ...good, title: 'Dự' })[0]).toMatch(/"Dự" chỉ có 2 ký tự — hãy viết ít nhất 5 ký tự/);
    expect(said(profile, { ...good, title: 'Một dự án rất dài quá mức cho phép' })[0]).toMatch(
      /có 34 ký tự — hãy rút gọn, nhiều nhất 20 ký tự/,
    );
    expect(said(profile, { ...good, areaHa: 0 })[0]).toMatch(/0 nhỏ quá — hãy viết số lớn hơn 0/);
    expect(said(profile, { ...good, incentives: [] })[0]).toMatch(/có 0 mục — cần ít nhất 1 mục/);
    expect(said(profile, { ...good, incentives: ['a', 'b', 'c'] })[0]).toMatch(/có 3 mục — nhiều nhất 2 mục/);
    expect(said(profile, { ...good, location: { commune: { vi: 'Xã', en: '' } } })).toEqual([
      'content/x.md: Xã, phường, bản en (location.commune.en): bản "en" đang để trống — hãy viết chữ, hoặc xoá cả dòng "en:" khi chưa dịch',
    ]);
  });
  it('unrecognized_keys: one message per unknown field, named as the field', () => {
    expect(said(profile, { ...good, capitalUsd: 1 })).toEqual([
      'content/x.md: capitalUsd: trường "capitalUsd" không có ở loại nội dung này — hãy sửa tên trường cho đúng, hoặc xem thông tin này có thuộc tệp tiếng Việt gốc không (bản dịch chỉ chứa chữ, không chứa số liệu)',
    ]);
  });
  it('invalid_format: dates written day first, impossible dates, and each pattern of the schemas', () => {
    expect(said(isoDate, '05/03/2024')[0]).toMatch(
      /"05\/03\/2024" viết theo kiểu ngày\/tháng\/năm — hãy viết năm-tháng-ngày: 2024-03-05$/,
    );
    expect(said(isoDate, '2024-02-30')[0]).toMatch(/"2024-02-30": tháng 2 năm 2024 chỉ có 29 ngày, không có ngày 30/);
    expect(said(isoDate, '2024-13-01')[0]).toMatch(/không có tháng 13/);
    expect(said(isoDate, 'mùng 5')[0]).toMatch(/"mùng 5" không phải ngày — hãy viết ngày dạng năm-tháng-ngày/);
    expect(said(slug, 'Sở Ngoại vụ')[0]).toMatch(/không phải tên tệp hợp lệ — hãy viết chữ thường không dấu/);
    expect(said(phone, 'gọi tổng đài')[0]).toMatch(/không phải số điện thoại/);
    expect(said(langTag, 'Tiếng Anh')[0]).toMatch(/không phải mã ngôn ngữ/);
    expect(said(z.email(), 'ttdn@')[0]).toMatch(/không phải địa chỉ thư điện tử/);
    const currency = exchangeRateSchema.shape.currency;
    expect(said(currency, 'usd')[0]).toMatch(/không phải mã tiền tệ/);
    expect(said(concepts.press.source.shape.time, '9h30')[0]).toMatch(/không phải giờ/);
    expect(said(provinceSchema.shape.themeColor, 'xanh')[0]).toMatch(/không phải mã màu/);
  });
  it("custom: the schemas' own checks in the catalogue's words", () => {
    const lunarAndSolar = {
      title: { vi: 'Tết' },
      date: '2024-02-10',
      lunar: { month: 1, day: 1 },
      kind: 'national-day',
      source: 'x',
    };
    expect(said(anniversarySchema, lunarAndSolar).join('\n')).toMatch(/có cả date và lunar — hãy giữ một/);
    expect(said(anniversarySchema, lunarAndSolar, en).join('\n')).toMatch(/give either `date` or `lunar`, not both/);
    expect(said(provinceSchema.shape.locales, ['en', 'vi']).join('\n')).toMatch(/tiếng Việt \("vi"\) phải đứng đầu/);
  });
  it('not_multiple_of and invalid_union are said in words too', () => {
    expect(said(z.number().multipleOf(5), 12)[0]).toMatch(/12 — hãy viết một bội số của 5/);
    expect(said(z.union([z.number(), z.boolean()]), 'x')[0]).toMatch(/"x" không đúng dạng nào trường này nhận/);
  });
  it('speaks English with the English catalogue', () => {
    expect(said(profile, { ...good, areaHa: '14,04' }, en)).toEqual([
      'content/x.md: Area (ha) (areaHa): "14,04" has a decimal comma — write 14.04 (a dot before the decimals)',
    ]);
    expect(plainMessage({ path: [], code: 'invalid_value', values: ['a'], message: '' }, en)).toBe(
      'missing — expected one of: "a"',
    );
  });
});

describe('the catalogues', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keysOf(v, `${prefix}${k}.`)])
      : [];
  it('have the same keys in Vietnamese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });
});

describe('where in the file', () => {
  const text =
    '---\ntitle: Kế hoạch\ntasks:\n  - content: Một\n    lead: so-ngoai-vu\n  - content: Hai\n    partners: [a, b]\n---\nNội dung.\n';
  const parsed = parseEntry('x.md', text);
  if (!('data' in parsed)) throw new Error('unreadable');
  it('finds the line of a field, a list item and a value in front matter', () => {
    expect(parsed.lineOf('title')).toBe(2);
    expect(parsed.lineOf('tasks[1].lead')).toBe(5);
    expect(parsed.lineOf('tasks[2].partners[2]')).toBe(7);
  });
  it('points a missing field at the field that should hold it, and a missing top-level field at the closing "---" it is added above', () => {
    expect(parsed.lineOf('tasks[2].lead')).toBe(6);
    expect(parsed.lineOf('summary')).toBe(8);
    expect(parsed.lineOf('sources[1].title')).toBe(8);
    // A .yaml file has no closing line: a missing top-level field there has none.
    const yaml = parseEntry('x.yaml', 'name: a\n');
    expect('lineOf' in yaml && yaml.lineOf('summary')).toBeUndefined();
  });
  it('counts lines of a YAML file from 1 and says where YAML is broken, in Vietnamese', () => {
    const yaml = parseEntry('x.yaml', 'name: a\nname: b\n');
    expect(yaml).toMatchObject({ field: '(YAML)', line: 2 });
    expect('error' in yaml && yaml.error).toMatch(
      /^không đọc được các trường \(dòng 2\): một trường được viết hai lần/,
    );
  });
  it('names the field by its label, then its path; a part of the file in brackets with its line', () => {
    expect(fieldName({ field: 'tasks[1].lead' })).toBe('Đơn vị chủ trì (tasks[1].lead)');
    expect(fieldName({ field: '(text)', line: 12 })).toBe('(nội dung, dòng 12)');
    expect(fieldName({ field: '(text)', line: 12 }, en)).toBe('(text, line 12)');
    expect(formatProblem({ file: 'content/a.md', field: 'date', line: 5, message: 'x\n::error::y' })).toBe(
      'content/a.md:5: Ngày (date): x ::error::y',
    );
  });
});

describe('an MDX slip', () => {
  it('says which character MDX could not read and how to write it, with its line', () => {
    expect(unsafeBody('Mùa khô.\n\nNhiệt độ <60 độ C.', 'mdx')).toEqual([
      {
        line: 3,
        message:
          'dấu "<" trước "60": MDX hiểu "<" là mở một thẻ — muốn viết dấu nhỏ hơn, hãy viết \\<60 (hoặc viết bằng chữ, ví dụ "dưới 60")',
      },
    ]);
    expect(unsafeBody('<Aside>\n\nLưu ý.', 'mdx')[0]?.message).toMatch(/^thẻ <Aside> chưa đóng — hãy thêm <\/Aside>/);
    expect(unsafeBody('<Aside>\n\nLưu ý.\n\n</Asid>', 'mdx')[0]).toMatchObject({
      line: 5,
      message: expect.stringMatching(/^thẻ đóng <\/Asid> không có thẻ mở/),
    });
    expect(unsafeBody('Giá {5 triệu', 'mdx')[0]?.message).toMatch(/^dấu "\{" chưa có "\}" đóng/);
    expect(unsafeBody('Nhiệt độ <60 độ C.', 'md')).toEqual([]);
  });
});

describe('in CI', () => {
  const result = {
    errors: [
      {
        file: 'content/gia-lai/press/vi/a,b:c.md',
        field: 'date',
        line: 5,
        message: '"05/03/2024" 100%\n::warning::x | <b>**y**</b>',
      },
    ],
    warnings: [{ file: 'content/gia-lai/press/en/a.md', field: 'translation.source', message: 'cũ' }],
  };
  it('writes one annotation per finding, on its line, that nothing from content can end or start', () => {
    const [error, warning] = annotations(result, vi);
    expect(error).toBe(
      '::error file=content/gia-lai/press/vi/a%2Cb%3Ac.md,line=5,title=Lỗi nội dung%3A Ngày (date)::content/gia-lai/press/vi/a,b:c.md:5: Ngày (date): "05/03/2024" 100%25 ::warning::x | <b>**y**</b>',
    );
    expect(warning).toMatch(
      /^::warning file=content\/gia-lai\/press\/en\/a\.md,title=Cảnh báo nội dung%3A .*\(translation\.source\)::/,
    );
    expect(annotations(result, vi).every((l) => !/[\r\n]/.test(l))).toBe(true);
  });
  it('writes a Vietnamese table for the job summary, with cells that hold no Markdown or HTML', () => {
    const md = summaryMarkdown(result, vi);
    expect(md).toContain('| ❌ Lỗi | content/gia\\-lai/press/vi/a,b:c.md | 5 | Ngày (date) |'.replace('\\-', '-'));
    expect(md).toContain('&lt;b&gt;\\*\\*y\\*\\*&lt;/b&gt;');
    expect(md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'))).toHaveLength(2);
    expect(tableCell('a | b\nc')).toBe('a \\| b c');
    expect(summaryMarkdown({ errors: [], warnings: [] }, vi)).toContain('Không có lỗi nào');
    expect(
      summaryMarkdown({ errors: Array.from({ length: 5 }, () => result.errors[0]!), warnings: [] }, vi, 2),
    ).toContain('… và 3 mục nữa');
  });
});
