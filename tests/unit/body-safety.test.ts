import { describe, it, expect } from 'vitest';
import { unsafeBody, type BodyFormat } from '../../src/lib/content-check/body-safety.ts';
import { internalLinks } from '../../src/lib/content-check/links.ts';

const lines = (body: string, format: BodyFormat) => unsafeBody(body, format).map((p) => p.line);
const messages = (body: string, format: BodyFormat) =>
  unsafeBody(body, format)
    .map((p) => p.message)
    .join('\n');

describe('bodies that are only content', () => {
  it.each<[string, string, BodyFormat]>([
    [
      'Markdown with GFM',
      '# Tiêu đề\n\n*nghiêng* **đậm** ~~xóa~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] xong\n\nChú thích[^1].\n\n[^1]: Nguồn.',
      'md',
    ],
    ['code that shows a script', 'Ví dụ `<script>alert(1)</script>`\n\n```html\n<script>alert(1)</script>\n```', 'md'],
    ['a fenced block with an expression, in MDX', 'Ví dụ:\n\n```js\n{process.exit()}\nimport x from "y"\n```', 'mdx'],
    [
      'the allowed components with literal props',
      'Chữ.\n\n<Aside>Ghi chú **đậm**.</Aside>\n\n<Figure n="2" />\n\n<Gallery />',
      'mdx',
    ],
    ['a heading with an anchor id, as translations write it', '<h2 id="trade-and-travel">ពាណិជ្ជកម្ម</h2>', 'mdx'],
    ['the same heading in Markdown', '<h2 id="agency">ស្ថាប័ន</h2>\n\nChữ.', 'md'],
    [
      'harmless inline HTML',
      'Văn bản của <abbr title="Ủy ban nhân dân">UBND</abbr>, H<sub>2</sub>O, <kbd>Ctrl</kbd>, dòng<br>mới.',
      'md',
    ],
    [
      'links with allowed schemes, paths and anchors',
      '[a](https://x.example) [b](http://x.example) <mailto:a@b.vn> [c](tel:+84200) [d](/vi/plans/x/) [e](#muc) [f](../y/)\n\n[g]: https://chinhphu.vn/',
      'md',
    ],
    ['braces and angle brackets in plain Markdown are text', 'Giá {từ 1 đến 2} và a < b, import x from "y"', 'md'],
    ['escaped braces in MDX', 'Giá \\{từ 1 đến 2\\}', 'mdx'],
  ])('%s', (_, body, format) => {
    expect(unsafeBody(body, format)).toEqual([]);
  });
});

describe('code that would run while the site is built (MDX)', () => {
  it('refuses an expression however it is spread over lines, at the line it starts', () => {
    expect(lines('Chữ.\n\n{\nprocess.getBuiltinModule("fs").writeFileSync("x", "1")\n}', 'mdx')).toEqual([3]);
    expect(lines('Chữ {globalThis\n.process.exit(1)} chữ.', 'mdx')).toEqual([1]);
  });
  it('refuses an expression inside a component, and a JSX comment', () => {
    expect(lines('<Aside>\nGhi chú {process.exit(1)}\n</Aside>', 'mdx')).toEqual([2]);
    expect(messages('{/* ghi chú */}', 'mdx')).toMatch(/biểu thức \{…\} \(mã chạy khi dựng trang, kể cả chú thích/);
  });
  it('refuses expression and spread props, however they are laid out', () => {
    expect(messages('<Gallery\n  title={\n    process.exit(1)\n  }\n/>', 'mdx')).toMatch(
      /thuộc tính title=\{…\} trong <Gallery> là biểu thức/,
    );
    expect(messages('<Figure {...props} />', 'mdx')).toMatch(/thuộc tính \{\.\.\.props\} trong <Figure>/);
    expect(messages('<Figure n={1} />', 'mdx')).toMatch(/thuộc tính n=\{…\} trong <Figure> là biểu thức/);
  });
  it('refuses import and export', () => {
    expect(messages('import fs from "node:fs"', 'mdx')).toMatch(/câu lệnh import\/export/);
    expect(lines('Chữ.\n\nexport const a = 1', 'mdx')).toEqual([3]);
  });
  it('refuses components the page does not give, props they do not take, and fragments', () => {
    expect(messages('<Map />', 'mdx')).toMatch(
      /thành phần <Map> không được phép — chỉ dùng <Gallery \/>, <Figure n="…" \/> hoặc <Aside>…<\/Aside>/,
    );
    expect(messages('<Gallery.Item />', 'mdx')).toMatch(/thành phần <Gallery\.Item> không được phép/);
    expect(messages('<Gallery images="x" />', 'mdx')).toMatch(/thuộc tính images của <Gallery> không được phép/);
    expect(messages('<Figure n="hai" />', 'mdx')).toMatch(/n phải là số thứ tự của ảnh/);
    expect(messages('<>chữ</>', 'mdx')).toMatch(/đoạn <>…<\/> \(JSX\)/);
  });
  it('reports MDX that does not parse, with its line and what to write instead', () => {
    expect(unsafeBody('Chữ.\n\n<Aside>\n\nchưa đóng', 'mdx')[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^thẻ <Aside> chưa đóng — hãy thêm <\/Aside>/),
    });
  });
});

describe('script and markup that would reach readers', () => {
  it.each<[string, string, BodyFormat]>([
    ['script', 'Xem \\`<script>alert(1)</script>\\`.', 'md'],
    ['script', '    ```\n<script>alert(1)</script>', 'md'],
    ['script', '<script>{"alert(1)"}</script>', 'mdx'],
    ['iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'md'],
    ['object', '<object data="x.html"></object>', 'md'],
    ['embed', '<embed src="x.swf">', 'md'],
    ['style', '<style>body{display:none}</style>', 'md'],
    ['link', '<link rel="stylesheet" href="https://x.example/a.css">', 'md'],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://x.example">', 'md'],
    ['base', '<base href="https://x.example/">', 'md'],
    ['form', '<form action="https://x.example">x</form>', 'md'],
    ['input', 'Mã: <input name="x">', 'md'],
    ['img', '<img src="x" onerror="alert(1)">', 'md'],
    ['div', '<div>khối</div>', 'mdx'],
  ])('refuses <%s> (%j)', (tag, body, format) => {
    expect(messages(body, format)).toMatch(new RegExp(`thẻ HTML <${tag}> không được phép`));
  });
  it('refuses SVG and MathML, where a script parses differently', () => {
    expect(messages('<svg><script>alert(1)</script></svg>', 'md')).toMatch(
      /thẻ <svg> \(hình vẽ SVG hoặc công thức MathML\)/,
    );
    expect(messages('<math><mtext>x</mtext></math>', 'md')).toMatch(/thẻ <math> \(hình vẽ SVG/);
  });
  it('finds an event handler on the line it is written, in a tag over several lines', () => {
    const found = unsafeBody('Chữ.\n\n<abbr title="Ủy ban"\n  onmouseover="alert(1)">UBND</abbr>', 'md');
    expect(found).toEqual([
      { line: 4, message: expect.stringMatching(/^thuộc tính onmouseover= trong <abbr> \(mã chạy/) },
    ]);
    expect(messages('<b onClick="x()">b</b>', 'mdx')).toMatch(/thuộc tính onClick= trong <b>/);
  });
  it('refuses attributes outside the allowlist and ids that are not slugs', () => {
    expect(messages('<a href="https://x.example" target="_blank">x</a>', 'md')).toMatch(
      /thuộc tính target trong <a> không được phép/,
    );
    expect(messages('<b style="position:fixed">x</b>', 'md')).toMatch(/thuộc tính style trong <b> không được phép/);
    expect(messages('<h2 id="Tiêu đề">x</h2>', 'md')).toMatch(/id="Tiêu đề" trong <h2> — hãy viết id bằng chữ thường/);
  });
  it('refuses comments, which hide text from a reading of the page', () => {
    expect(lines('Chữ.\n\n<!-- <script>alert(1)</script> -->', 'md')).toEqual([3]);
  });
  it('refuses a tag left open, which would swallow what follows on the page', () => {
    expect(messages('<div title="\n\n"><img src=x onerror=alert(1)>', 'md')).toMatch(
      /thẻ HTML hoặc chú thích chưa đóng/,
    );
  });
});

describe('link schemes', () => {
  const scheme = (s: string) => new RegExp(`"${s}:", loại địa chỉ không được phép`);
  it.each<[string, string, BodyFormat]>([
    ['javascript', '<javascript:alert(1)>', 'md'],
    ['javascript', '[x](<javascript:alert(1)>)', 'md'],
    ['javascript', '[x][d]\n\n[d]: javascript:alert(1)', 'md'],
    ['javascript', '[x](jav&#x61;script:alert(1))', 'md'],
    ['javascript', '[x](JaVaScRiPt:alert(1))', 'md'],
    ['javascript', '[x](java&#9;script:alert(1))', 'md'],
    ['javascript', '<a href="jav&#x61;script&colon;alert(1)">x</a>', 'md'],
    ['javascript', '<a href="javascript:alert(1)">x</a>', 'mdx'],
    ['javascript', '[x](javascript:alert(1))', 'mdx'],
    ['data', '[x](data:text/html,<script>alert(1)</script>)', 'md'],
    ['data', '![x](data:image/svg+xml;base64,PHN2Zy8+)', 'md'],
    ['vbscript', '[x](vbscript:msgbox(1))', 'md'],
  ])('refuses %s: in %j', (name, body, format) => {
    expect(messages(body, format)).toMatch(scheme(name));
  });
  it('names a reference definition by its label, at its own line', () => {
    expect(unsafeBody('[x][muc]\n\n[muc]: javascript:alert(1)', 'md')).toEqual([
      { line: 3, message: expect.stringMatching(/^định nghĩa liên kết \[muc\] "javascript:alert\(1\)"/) },
    ]);
  });
});

describe('internal links on the tree', () => {
  it('finds links, images, definitions and href of HTML, wherever they are written', () => {
    const body =
      '[a](</vi/plans/x/>)\n\n[b][d]\n\n[d]: /vi/press/y/\n\n<a href="../z/">z</a>\n\n![i](/files/a.pdf)\n\n`[c](/vi/code/)`';
    expect(internalLinks(body).map((l) => [l.line, l.target])).toEqual([
      [1, '/vi/plans/x/'],
      [5, '/vi/press/y/'],
      [7, '../z/'],
      [9, '/files/a.pdf'],
    ]);
  });
  it('reads href of HTML in MDX', () => {
    expect(internalLinks('Chữ.\n\n<a href="/vi/plans/x/">x</a>', 'mdx')).toEqual([{ line: 3, target: '/vi/plans/x/' }]);
  });
});
