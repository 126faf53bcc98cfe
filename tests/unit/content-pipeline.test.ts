/**
 * The build's own defences (src/node/content-pipeline.ts), with the plugin lists astro.config.mjs
 * gives satteri: hostile MDX stops the compile before any code is produced, the processor keeps
 * Astro's GFM and smart punctuation, and the sanitizer removes whatever is not allowed.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, markdownToHtml, mdxToJs } from 'satteri';
import type { Root } from 'hast';
import {
  CONTENT_FEATURES,
  CONTENT_HAST_PLUGINS,
  CONTENT_MDAST_PLUGINS,
  contentProcessor,
} from '../../src/node/content-pipeline.ts';
import { sanitizeContentTree } from '../../src/lib/markdown/sanitize-content.ts';

const features = { gfm: true, smartPunctuation: true, ...CONTENT_FEATURES };
const pipeline = {
  mdastPlugins: CONTENT_MDAST_PLUGINS,
  hastPlugins: CONTENT_HAST_PLUGINS,
  features,
  jsxImportSource: 'astro',
};

/** A jsx runtime that renders nothing, enough to run compiled MDX. */
const runtime = { Fragment: Symbol('Fragment'), jsx: () => null, jsxs: () => null };

describe('hostile MDX in the compile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-mdx-'));
  const target = join(dir, 'written');
  const hostile = `Chữ.\n\n{\nprocess.getBuiltinModule("fs").writeFileSync(${JSON.stringify(target)}, "x")\n}\n`;

  it('runs code on the build machine when nothing stops it (what the plugin is for)', () => {
    const { default: Content } = evaluate(hostile, runtime) as { default: (props: object) => unknown };
    Content({});
    expect(existsSync(target)).toBe(true);
    rmSync(target);
  });

  it('is stopped by the plugin list astro.config.mjs uses, before any code is produced, naming file and line', () => {
    const fileURL = new URL('file:///portal/content/gia-lai/places/vi/ho.mdx');
    let produced: unknown;
    expect(() => (produced = mdxToJs(hostile, { ...pipeline, fileURL }))).toThrow(
      /:3: \(nội dung, dòng 3\): biểu thức \{…\} \(mã chạy khi dựng trang/,
    );
    expect(produced).toBeUndefined();
    expect(() => evaluate(hostile, { ...runtime, mdastPlugins: CONTENT_MDAST_PLUGINS })).toThrow(/biểu thức/);
    expect(existsSync(target)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['an expression in <Aside>', '<Aside>\nGhi chú {process.exit(1)}\n</Aside>', /dòng 2\): biểu thức/],
    [
      'an expression prop over lines',
      '<Gallery\n  title={\n    process.exit(1)\n  }\n/>',
      /dòng 1\): thuộc tính title=\{…\} trong <Gallery>/,
    ],
    ['a spread prop', '<Figure {...process} />', /thuộc tính \{\.\.\.process\} trong <Figure>/],
    ['export', 'export const a = process.exit(1)', /câu lệnh import\/export/],
    ['an unknown component', '<Map />', /thành phần <Map> không được phép/],
  ])('stops %s', (_, body, message) => {
    expect(() => mdxToJs(body, pipeline)).toThrow(message);
  });

  it('compiles allowed content', () => {
    const { code } = mdxToJs(
      'Chữ "đẹp" -- ~~cũ~~.\n\n<Aside>Ghi chú.</Aside>\n\n<Figure n="2" />\n\n<h2 id="muc-1">Mục</h2>',
      pipeline,
    );
    expect(code).toContain('Aside');
    expect(code).toContain('n: "2"');
    expect(code).toContain('id: "muc-1"');
  });
});

describe('the processor astro.config.mjs sets', () => {
  it('keeps GFM and smart punctuation on for Markdown', async () => {
    const renderer = await contentProcessor().createRenderer({});
    const { code } = await renderer.render('"Xin chào" -- ~~cũ~~\n\n| a |\n|---|\n| 1 |', {});
    expect(code).toContain('“Xin chào” –');
    expect(code).toContain('<del>cũ</del>');
    expect(code).toContain('<table>');
  });

  it('keeps GFM and smart punctuation on for MDX, and refuses hostile MDX', async () => {
    const renderer = await contentProcessor().createMdxRenderer!({}, { optimize: false });
    const { code } = await renderer.process('"Xin chào" -- ~~cũ~~', '/portal/content/x/places/vi/a.mdx', {});
    expect(code).toContain('“Xin chào” –');
    expect(code).toContain('_components.del');
    await expect(
      renderer.process('\n\n{\nprocess.exit(1)\n}', '/portal/content/x/places/vi/a.mdx', {}),
    ).rejects.toThrow(/\(nội dung, dòng 3\): biểu thức/);
  });

  it('refuses hostile Markdown with the line in the file', async () => {
    const renderer = await contentProcessor().createRenderer({});
    await expect(renderer.render('Chữ.\n\n[x](javascript:alert(1))', {})).rejects.toThrow(
      /\(nội dung\):3: \(nội dung, dòng 3\): liên kết "javascript:alert\(1\)"/,
    );
  });
});

describe('the sanitizer at the end of the HTML pipeline', () => {
  // Only the hast plugins: what reaches the sanitizer if everything before it let a body through.
  const html = (md: string) => markdownToHtml(md, { hastPlugins: CONTENT_HAST_PLUGINS, features }).html;

  it('removes scripts, handlers, unknown elements, comments and unsafe links', () => {
    const out = html(
      'a <b onclick="x()">b</b> <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<!-- c -->\n\n<iframe srcdoc="x"></iframe>\n\n<svg><script>a</script></svg>\n\n[j](javascript:alert(1)) <a href="jav&#x61;script:x">k</a> <abbr title="t" onmouseover="x()">U</abbr>',
    );
    expect(out).toBe(
      '<p>a <b>b</b>  <img src="x"></p>\n\n\n<p></p>\n<p><a>j</a> <a>k</a> <abbr title="t">U</abbr></p>\n',
    );
  });

  it('keeps everything Markdown makes, and allowed HTML, unchanged', () => {
    const md =
      '# T\n\n*a* **b** ~~c~~ `d` [e](https://x.example "t") ![f](/g.png)\n\n- [x] h\n\n| i |\n|:-:|\n| j |\n\nk[^1]\n\n[^1]: l\n\n<h2 id="m">M</h2>\n\n<abbr title="n">N</abbr>';
    // Two changes: column alignment becomes a class instead of an inline style the CSP would block,
    // and a body cell names its column (label-table-cells.ts) for the phone layout.
    expect(html(md)).toBe(
      markdownToHtml(md, { features })
        .html.replaceAll('style="text-align: center"', 'class="align-center"')
        .replace('<td class="align-center">', '<td class="align-center" data-label="i">'),
    );
  });

  it('leaves no inline style for the CSP to block: aligned columns get a class, code blocks lose colours', () => {
    const out = html(
      '| a | b |\n|--:|:--|\n| 1 | 2 |\n\n<pre style="color:red"><code><span style="color:red">x</span></code></pre>',
    );
    expect(out).toContain('<th class="align-right">a</th>');
    expect(out).toContain('<td class="align-left" data-label="b">2</td>');
    expect(out).not.toContain('style=');
  });

  it('keeps allowed MDX components with literal props, and drops the rest', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Figure',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'n', value: '2' },
            { type: 'mdxJsxExpressionAttribute', value: '...x' },
          ],
          children: [],
        },
        { type: 'mdxJsxFlowElement', name: 'Map', attributes: [], children: [{ type: 'text', value: 'gone' }] },
        { type: 'mdxFlowExpression', value: 'process.exit(1)' },
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'href', value: 'javascript:x' },
            { type: 'mdxJsxAttribute', name: 'title', value: 't' },
          ],
          children: [{ type: 'text', value: 'k' }],
        },
      ],
    } as Root;
    expect(sanitizeContentTree(tree)).toEqual({
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Figure',
          attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: '2' }],
          children: [],
        },
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 't' }],
          children: [{ type: 'text', value: 'k' }],
        },
      ],
    });
  });
});
