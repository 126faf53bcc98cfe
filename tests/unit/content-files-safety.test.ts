/** Files, names and encodings under content/: the pure rules, and the reader that never follows a link. */
import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8 } from '../../src/lib/safety/utf8.ts';
import { formatOf, signatureProblem } from '../../src/lib/safety/file-signature.ts';
import { svgProblems } from '../../src/lib/safety/svg.ts';
import { assetPathProblem, IMAGE_SRC, ATTACHMENT_FILE } from '../../src/lib/safety/names.ts';
import { classify } from '../../src/editor/content-check/classify.ts';
import { imageRef } from '../../src/schemas/image.ts';
import { readContentFiles } from '../../src/node/content-files.ts';
import { say, sayIf } from '../../src/lib/finding.ts';
import { vi } from '../../src/lib/content-check/messages/vi.ts';

const repo = join(import.meta.dirname, '../..');
const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
/** What the check says (in Vietnamese) about bytes that are not UTF-8 text. */
const utf8Said = (b: Uint8Array) => {
  const decoded = decodeUtf8(b);
  return 'problem' in decoded ? say(vi.utf8, decoded.problem) : undefined;
};

describe('UTF-8', () => {
  it('decodes UTF-8 and drops a byte order mark, as Astro does', () => {
    expect(decodeUtf8(new Uint8Array(Buffer.from('\uFEFF---\ntitle: Thông cáo\n', 'utf8')))).toEqual({
      text: '---\ntitle: Thông cáo\n',
    });
  });
  it('refuses other encodings, naming the line', () => {
    expect(utf8Said(ascii('---\ntitle: Th\xf4ng c\xe1o\n'))).toMatch(
      /^tệp không phải UTF-8 \(chữ đầu tiên không đọc được ở dòng 2;.* — hãy lưu lại với mã UTF-8/,
    );
  });
  it('refuses a replacement character already in the text', () => {
    expect(utf8Said(new Uint8Array(Buffer.from('a\nb\uFFFDc', 'utf8')))).toMatch(
      /^dòng 2 có ký tự lỗi "\uFFFD" \(chữ bị hỏng/,
    );
  });
});

describe('file signatures', () => {
  it('tells the formats content may hold by their first bytes', () => {
    expect(formatOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(formatOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(formatOf(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('webp');
    expect(formatOf(ascii('\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf'))).toBe('avif');
    expect(formatOf(ascii('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic'))).toBeUndefined();
    expect(formatOf(ascii('%PDF-1.7\n'))).toBe('pdf');
    expect(formatOf(ascii('<!doctype html>'))).toBeUndefined();
  });
  it('passes the real attachments and pictures of content/', () => {
    for (const province of ['gia-lai', 'phu-tho'])
      for (const [folder, names] of [
        ['images', readdirSync(join(repo, 'content', province, 'images'))],
        ['files/press', readdirSync(join(repo, 'content', province, 'files/press'))],
      ] as const)
        for (const name of names.filter((n) => /\.(jpg|png|pdf)$/.test(n)))
          expect(
            signatureProblem(
              name.split('.').pop()!,
              readFileSync(join(repo, 'content', province, folder, name)).subarray(0, 64),
            ),
            name,
          ).toBeUndefined();
  });
  it('says what a mislabelled file really is', () => {
    expect(sayIf(vi.signature, signatureProblem('png', ascii('%PDF-1.4')))).toMatch(
      /bên trong là PDF — hãy đổi đuôi tệp thành \.pdf/,
    );
    expect(sayIf(vi.signature, signatureProblem('pdf', ascii('<html>')))).toMatch(/— hãy xuất lại tệp thành PDF thật/);
  });
});

describe('SVG', () => {
  const svg = (inner: string, attrs = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>${inner}</svg>`;
  it('accepts the team drawings and logos', () => {
    for (const file of [
      'content/gia-lai/logo.svg',
      'content/gia-lai/images/drawings/bien-ho.svg',
      'content/phu-tho/images/drawings/hat-xoan.svg',
    ])
      expect(svgProblems(readFileSync(join(repo, file), 'utf8')), file).toEqual([]);
    expect(
      svgProblems(
        svg(
          '<style>rect{fill:url(#g)}</style><rect fill="url(#g)" transform="translate(1 2) scale(2)"/><text aria-label="Bản đồ(2024)">x</text>',
        ),
      ),
    ).toEqual([]);
  });
  it.each([
    ['a script', svg('<script>alert(1)</script>'), /<script>/],
    ['an event handler', svg('', ' onload="x()"'), /onload=/],
    ['foreignObject', svg('<foreignObject/>'), /<foreignObject>/],
    ['an animation that sets href', svg('<animate attributeName="href" to="javascript:x()"/>'), /<animate>/],
    ['an external href', svg('<use href="https://evil.example/a.svg#x"/>'), /trỏ ra ngoài tệp/],
    [
      'a file reference via xlink:href',
      svg('<use xlink:href="file:///etc/passwd"/>'),
      /xlink:href="file:\/\/\/etc\/passwd"/,
    ],
    [
      'an external url() in a presentation attribute',
      svg('<rect fill="url(https://x.example/p)"/>'),
      /url\(https:\/\/x\.example\/p\)/,
    ],
    ['url() spelled with an escape', svg('<rect style="fill:u\\72l(x)"/>'), /hàm CSS u\\72l\(\)/],
    ['@import in a style sheet', svg('<style><![CDATA[@import "https://x.example/a.css";]]></style>'), /@import/],
    ['a DOCTYPE', `<!DOCTYPE svg [<!ENTITY e SYSTEM "file:///etc/passwd">]>${svg('')}`, /<!DOCTYPE>/],
    [
      'an element of another namespace',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script>'),
      /không thuộc SVG/,
    ],
    ['a root that is not svg', '<html/>', /phần tử gốc là <html>/],
    ['text that is not XML', svg('<rect'), /không phải XML hợp lệ/],
  ])('refuses %s', (_, text, message) => {
    expect(
      svgProblems(text)
        .map((p) => vi.svgRefused(say(vi.svg, p.finding)))
        .join('\n'),
    ).toMatch(message);
  });
});

describe('names of assets as content writes them', () => {
  it('accepts pictures directly in images/ and attachments in files/', () => {
    expect(assetPathProblem('images/hat-xoan.jpg', 'images')).toBeUndefined();
    expect(assetPathProblem('files/press/2026-hop-bao.pdf', 'files')).toBeUndefined();
    expect(IMAGE_SRC.test('images/hat-xoan.jpg') && ATTACHMENT_FILE.test('files/press/2026-hop-bao.pdf')).toBe(true);
  });
  it.each([
    ['images/../../x.jpg', 'images'],
    ['images/drawings/a.jpg', 'images'],
    ['images/ho.svg', 'images'],
    ['/etc/passwd', 'images'],
    ['files/../../.git/config', 'files'],
    ['files/trang.html', 'files'],
    ['files/Ke Hoach.pdf', 'files'],
  ] as const)('refuses %s', (path, folder) => {
    expect(assetPathProblem(path, folder)).toBeDefined();
    expect((folder === 'images' ? IMAGE_SRC : ATTACHMENT_FILE).test(path), 'the schema pattern agrees').toBe(false);
  });
  // Sveltia CMS writes its public folder absolute ("/images/x.jpg"): that one leading "/" means the province folder.
  it('reads a picture the CMS wrote as "/images/x.jpg" as images/x.jpg, in the schema and the path check', () => {
    expect(assetPathProblem('/images/hat-xoan.jpg', 'images')).toBeUndefined();
    const parsed = imageRef.shape.src.safeParse('/images/hat-xoan.jpg');
    expect(parsed.success && parsed.data).toBe('images/hat-xoan.jpg');
  });
  it.each([
    '/etc/passwd',
    '/images/../x.jpg',
    '//evil/x.jpg',
    '/files/x.jpg',
    '//images/x.jpg',
    '/images/drawings/x.jpg',
    '/images/x.svg',
  ])('still refuses the picture %s, in the schema and the path check', (path) => {
    expect(assetPathProblem(path, 'images')).toBeDefined();
    expect(imageRef.shape.src.safeParse(path).success).toBe(false);
  });
  it('does not read "/files/…" as an attachment (only pictures come from the CMS that way)', () => {
    expect(assetPathProblem('/files/ke-hoach-2024.pdf', 'files')).toBeDefined();
  });
});

describe('where files may be', () => {
  const provinces = new Map([['gia-lai', { id: 'gia-lai', locales: ['vi', 'en'], logo: 'logo.svg' }]]);
  it('ignores hidden files, as the build globs do', () => {
    expect(classify('gia-lai/plans/vi/.DS_Store', provinces)).toEqual({ type: 'ignored' });
    expect(classify('gia-lai/.gitkeep', provinces)).toEqual({ type: 'ignored' });
  });
  it('accepts the logo, pictures, drawings and attachments', () => {
    for (const path of [
      'gia-lai/logo.svg',
      'gia-lai/images/a.jpg',
      'gia-lai/images/drawings/a.svg',
      'gia-lai/files/press/a.pdf',
    ])
      expect(classify(path, provinces), path).toEqual({ type: 'asset' });
  });
  it.each([
    ['gia-lai/plans/vi/README.md', '(file name)'],
    ['gia-lai/units/notes.txt', '(file type)'],
    ['gia-lai/units/a.yml', '(file type)'],
    ['gia-lai/notes.txt', '(file)'],
    ['gia-lai/images/a.html', '(file name)'],
    ['gia-lai/images/Drawings/a.svg', '(folder)'],
    ['gia-lai/plans/v i/a.md', '(locale folder)'],
    ['x$(touch${IFS}PWNED)/province.yaml', '(folder)'],
    ['README.md', '(file)'],
  ])('refuses %s', (path, field) => {
    expect(classify(path, provinces)).toMatchObject({ type: 'problem', field });
  });
});

describe('reading content/', () => {
  it('reports links (to files, to folders, dangling) without following them, and keeps bytes that are not UTF-8', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-files-'));
    try {
      mkdirSync(join(root, 'p/files'), { recursive: true });
      writeFileSync(join(root, 'p/province.yaml'), Buffer.from('name: Th\xf4ng\n', 'latin1'));
      symlinkSync('/etc/passwd', join(root, 'p/files/a.pdf'));
      symlinkSync('/etc', join(root, 'p/images'));
      symlinkSync('/khong/co', join(root, 'p/files/b.pdf'));
      symlinkSync('/etc', join(root, 'q'));
      const files = readContentFiles(root);
      expect(
        files
          .filter((f) => f.special === 'symlink')
          .map((f) => f.path)
          .sort(),
      ).toEqual(['p/files/a.pdf', 'p/files/b.pdf', 'p/images', 'q']);
      expect(
        files.some((f) => f.path.startsWith('p/images/') || f.path.startsWith('q/')),
        'nothing read through a link',
      ).toBe(false);
      const yaml = files.find((f) => f.path === 'p/province.yaml')!;
      expect(yaml.text).toBeUndefined();
      expect(decodeUtf8(yaml.bytes!)).toHaveProperty('problem');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
