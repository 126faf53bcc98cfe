/**
 * The schemas' own refusals of web addresses, picture and attachment paths, the logo's name and a
 * map region come from the check's catalogues too (issue 15, point 6): `npm run check -- --lang en`
 * says them in English, with no Vietnamese left in, and the default run says them in Vietnamese,
 * naming the file, the field by its label, what was found and what to write instead. Runs the real
 * check script on a copy of the fixture content with these mistakes in it. The checks across fields
 * (a date before another, a language not configured) are run through the schemas as the check runs them. In English too, the field
 * is named by its label (the CMS form's English words).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { en, vi, type Messages } from '../../src/lib/content-check/messages/index.ts';
import { formatProblem, issuesToProblems } from '../../src/lib/format-issues.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { imageRef, imageText } from '../../src/schemas/image.ts';

const repo = join(import.meta.dirname, '../..');
const base = join(repo, 'tests/fixtures/content');

/** Letters only Vietnamese writes (the values and file names below have none). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** Each mistake: the file, the text replaced, and what replaces it. */
const MISTAKES: Array<[file: string, from: string | RegExp, to: string]> = [
  ['fixture/province.yaml', /^site: .*$/mu, 'site: www.example.org'],
  ['fixture/province.yaml', /^mapRegions: .*$/mu, 'mapRegions: [Kon Tom]'],
  ['fixture/places/vi/thac-mau.md', 'src: images/diem-mau.jpg', 'src: ../../secret.jpg'],
  [
    'fixture/places/vi/thac-mau.md',
    '    publisher: Nhóm phát triển cổng thông tin\n',
    '    publisher: Nhóm phát triển cổng thông tin\n    url: javascript:alert(1)\n',
  ],
  [
    'fixture/press/vi/hop-bao-quy-i-2024.md',
    'file: files/press/2024-hop-bao-quy-i-tai-lieu.pdf',
    'file: /etc/passwd.pdf',
  ],
];

function check(args: string[], mistakes = MISTAKES) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-schema-words-'));
  try {
    cpSync(base, dir, { recursive: true });
    for (const [file, from, to] of mistakes) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`${file}: ${String(from)} is not in the fixture any more`);
      writeFileSync(path, changed);
    }
    const r = spawnSync(process.execPath, [join(repo, 'scripts/check.ts'), ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2024-06-01', GITHUB_STEP_SUMMARY: '' },
    });
    return { status: r.status, lines: `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.startsWith('✗ ')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('schema refusals of addresses and paths, in the language asked for', () => {
  it('--lang en: every error is in English, the five mistakes included, each field by its English label', () => {
    const r = check(['--lang', 'en']);
    expect(r.status).toBe(1);
    for (const line of r.lines) expect(line).not.toMatch(VIETNAMESE);
    const said = (pattern: RegExp) =>
      expect(
        r.lines.filter((l) => pattern.test(l)),
        r.lines.join('\n'),
      ).not.toEqual([]);
    said(
      /^✗ content\/fixture\/province\.yaml:7: Portal address \(site\): not a full web address — write an address starting with https:\/\//u,
    );
    said(/^✗ content\/fixture\/province\.yaml:\d+: mapRegions\[1\]: "Kon Tom" is not in the boundary data — write/u);
    said(
      /^✗ content\/fixture\/places\/vi\/thac-mau\.md:12: Image file \(cover\.src\): "\.\.\/\.\.\/secret\.jpg" is not a file directly in the province's images\/ folder — write/u,
    );
    said(
      /^✗ content\/fixture\/places\/vi\/thac-mau\.md:21: Web address \(sources\[1\]\.url\): the address starts with "javascript:"/u,
    );
    said(
      /^✗ content\/fixture\/press\/vi\/hop-bao-quy-i-2024\.md:10: File \(attachments\[1\]\.file\): "\/etc\/passwd\.pdf" is not a file in the province's files\/ folder — write/u,
    );
  });

  it('in Vietnamese: the file, the field by its label, what was found and what to write instead', () => {
    const r = check([]);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual(
      expect.arrayContaining([
        '✗ content/fixture/province.yaml:7: Địa chỉ cổng thông tin (site): không phải địa chỉ trang web đầy đủ — hãy viết địa chỉ bắt đầu bằng https://, ví dụ "https://gialai.gov.vn/trang"',
        expect.stringMatching(
          /^✗ content\/fixture\/province\.yaml:\d+: mapRegions\[1\]: "Kon Tom" không có trong dữ liệu ranh giới — hãy viết đúng tên tỉnh trước năm 2025/u,
        ),
        '✗ content/fixture/places/vi/thac-mau.md:12: Tệp ảnh (cover.src): "../../secret.jpg" không phải tệp nằm ngay trong thư mục images/ của tỉnh — hãy viết đường dẫn dạng "images/hat-xoan.jpg"',
        expect.stringMatching(
          /^✗ content\/fixture\/places\/vi\/thac-mau\.md:21: Địa chỉ trang web \(sources\[1\]\.url\): địa chỉ bắt đầu bằng "javascript:", loại địa chỉ không được phép — hãy viết https:\/\/…/u,
        ),
        '✗ content/fixture/press/vi/hop-bao-quy-i-2024.md:10: Tệp (attachments[1].file): "/etc/passwd.pdf" không phải tệp nằm trong thư mục files/ của tỉnh — hãy viết đường dẫn dạng "files/ke-hoach-2024.pdf"',
      ]),
    );
  });

  it('a language with no interface words, in English and in Vietnamese', () => {
    const lao: typeof MISTAKES = [
      ['fixture/province.yaml', /^locales: .*$/mu, 'locales: [vi, en, km, ko, lo]'],
      ['fixture/province.yaml', /^name: \{ vi: Tỉnh Mẫu,/mu, 'name: { lo: Sample, vi: Tỉnh Mẫu,'],
    ];
    expect(check(['--lang', 'en'], lao).lines).toEqual([
      '✗ content/fixture/province.yaml: Languages (locales): "lo" is in locales but the portal has no interface words in "lo" (src/i18n/locales/lo/) — remove "lo" from locales, or ask the developers to translate the interface',
    ]);
    expect(check([], lao).lines).toEqual([
      expect.stringMatching(
        /^✗ content\/fixture\/province\.yaml: Ngôn ngữ \(locales\): ngôn ngữ "lo" có trong locales nhưng cổng chưa có chữ giao diện bằng "lo"/u,
      ),
    ]);
  });

  it('says a broken province.yaml once, not again as a whole-file error', () => {
    const r = check(['--lang', 'en'], MISTAKES.slice(0, 1));
    expect(r.lines.filter((l) => l.startsWith('✗ content/fixture/province.yaml'))).toEqual([
      expect.stringMatching(/^✗ content\/fixture\/province\.yaml:7: Portal address \(site\): /u),
    ]);
  });
});

describe("the schemas' cross-field checks, in the language asked for", () => {
  const province = parse(readFileSync(join(base, 'fixture/province.yaml'), 'utf8')) as Record<string, unknown>;
  const person = parse(readFileSync(join(base, 'fixture/people/nguoi-phat-ngon.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const cmsOf = (p: Record<string, unknown>) => ({ ...(p.cms as Record<string, unknown>) });
  /** What the check prints for `value` run through `schema`, in the words of `m`. */
  const said = (schema: z.ZodType, value: unknown, m: Messages) => {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) throw new Error('accepted');
    return issuesToProblems('content/x.yaml', result.error.issues, m).map((p) => formatProblem(p, m));
  };
  const CASES: Array<[name: string, schema: z.ZodType, value: unknown, vietnamese: RegExp, english: RegExp]> = [
    [
      'a fallback for a language the portal lacks',
      provinceSchema,
      { ...province, fallbacks: { lo: ['en'] } },
      /"lo" không có trong locales \(vi, en, km, ko\)/u,
      /"lo" is not in locales \(vi, en, km, ko\)/u,
    ],
    [
      'a fallback to the language itself',
      provinceSchema,
      { ...province, fallbacks: { km: ['km'] } },
      /"km" không dùng được làm ngôn ngữ dự phòng cho "km" — hãy viết .* \(vi, en, ko\)/u,
      /"km" cannot be a fallback language for "km" — write .* \(vi, en, ko\)/u,
    ],
    [
      'calendar years reversed',
      provinceSchema,
      { ...province, calendarYears: [2030, 2020] },
      /năm cuối 2020 trước năm đầu 2030/u,
      /the last year 2020 is before the first year 2030/u,
    ],
    [
      'no name in a configured language',
      provinceSchema,
      { ...province, name: { vi: 'Tỉnh Mẫu', en: 'Sample Province' } },
      /chưa có tên tỉnh bằng "km"/u,
      /no name of the province in "km"/u,
    ],
    [
      'a term that ends before it starts',
      personSchema,
      { ...person, to: '2023-01-01' },
      /ngày kết thúc 2023-01-01 trước ngày bắt đầu 2024-01-02/u,
      /the end date 2023-01-01 is before the start date 2024-01-02/u,
    ],
    [
      'a year outside the window',
      personSchema,
      { ...person, from: '0000-01-01' },
      /năm 0000 nằm ngoài khoảng cho phép/u,
      /the year 0000 is outside the allowed range/u,
    ],
    // The CMS settings (cms: in province.yaml): the check names the value and writes an example in the editor's language.
    [
      'a CMS repository that is not owner/name',
      provinceSchema,
      { ...province, cms: { ...cmsOf(province), repo: 'so-mau' } },
      /^content\/x\.yaml: Kho GitHub \(cms\.repo\): "so-mau" không phải tên kho GitHub dạng "chủ-sở-hữu\/tên-kho"/u,
      /^content\/x\.yaml: GitHub repository \(cms\.repo\): "so-mau" is not a GitHub repository written "owner\/name"/u,
    ],
    [
      'a CMS branch that is not a branch name',
      provinceSchema,
      { ...province, cms: { ...cmsOf(province), branch: 'a..b' } },
      /\(cms\.branch\): "a\.\.b" không phải tên nhánh Git hợp lệ, ví dụ "main"/u,
      /\(cms\.branch\): "a\.\.b" is not a valid Git branch name, e\.g\. "main"/u,
    ],
    [
      'a sign-in address that is not an address',
      provinceSchema,
      { ...province, cms: { ...cmsOf(province), authUrl: 'cms-auth' } },
      /\(cms\.authUrl\): "cms-auth" không phải địa chỉ web — hãy viết địa chỉ gốc/u,
      /\(cms\.authUrl\): "cms-auth" is not a web address — write the sign-in service's origin/u,
    ],
    [
      'a sign-in address without https',
      provinceSchema,
      { ...province, cms: { ...cmsOf(province), authUrl: 'http://auth.example.org' } },
      /"http:\/\/auth\.example\.org" không dùng https — hãy viết/u,
      /"http:\/\/auth\.example\.org" does not use https — write/u,
    ],
    [
      'a sign-in address with a path',
      provinceSchema,
      { ...province, cms: { ...cmsOf(province), authUrl: 'https://auth.example.org/auth' } },
      /"https:\/\/auth\.example\.org\/auth" có thêm đường dẫn hoặc tham số — hãy viết/u,
      /"https:\/\/auth\.example\.org\/auth" has a path or parameters after the origin — write/u,
    ],
    // Alt text and captions before 2026 were { vi, en } maps: now each file holds its own language's.
    [
      'alt text written as a map of languages',
      imageRef,
      { src: 'images/ho.png', alt: { vi: 'Thac Mau', en: 'Mau waterfall' }, credit: 'Ảnh: nhóm', licence: 'CC BY 4.0' },
      /^content\/x\.yaml: Mô tả ảnh \(alt\): \{"vi":"Thac Mau","en":"Mau waterfall"\} ghi nhiều ngôn ngữ trong một trường — hãy viết thẳng mô tả ảnh bằng ngôn ngữ của tệp này/u,
      /^content\/x\.yaml: Alt text \(alt\): \{"vi":"Thac Mau","en":"Mau waterfall"\} holds several languages in one field — write the alt text directly in this file's language/u,
    ],
    [
      'a translated caption written as a map of languages',
      imageText,
      { alt: 'A lake', caption: { en: 'The lake', km: 'បឹង' } },
      /\(caption\): .* — hãy viết thẳng chú thích ảnh bằng ngôn ngữ của tệp này, một dòng chữ sau dấu hai chấm; chú thích ảnh bằng ngôn ngữ khác ghi trong tệp bản dịch/u,
      /\(caption\): .* — write the caption directly in this file's language, as one line of text after the colon; the caption in another language goes in that language's translation file/u,
    ],
  ];
  it.each(CASES)('%s', (_name, schema, value, vietnamese, english) => {
    const inVietnamese = said(schema, value, vi);
    const inEnglish = said(schema, value, en);
    expect(
      inVietnamese.some((l) => vietnamese.test(l)),
      inVietnamese.join('\n'),
    ).toBe(true);
    expect(
      inEnglish.some((l) => english.test(l)),
      inEnglish.join('\n'),
    ).toBe(true);
    for (const line of inEnglish) expect(line.replace('Tỉnh Mẫu', '')).not.toMatch(VIETNAMESE);
  });
});
