import { describe, expect, it } from 'vitest';
import { pageCode } from '../../src/lib/site-files/inline-code.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const META = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;

describe('inline code in a built page', () => {
  it('finds none in a page made of files and data blocks', () => {
    const code = pageCode(
      page(
        `${META}<meta charset="utf-8"><link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script><script type="application/ld+json">{"a":"\\u003c/script>"}</script>`,
        '<p title="<script>X</script>">x</p>',
      ),
    );
    expect(code).toEqual({ metaPolicies: ["default-src 'self'"], policyFirstInHead: true, inline: [] });
  });
  it('finds running scripts, style blocks and attributes, handlers and javascript: URLs, wherever they are', () => {
    const code = pageCode(
      page(
        '<meta charset="utf-8"><style>p{}</style><script type="module">go()</script>',
        `<p style="color:red">x</p><img src=x OnError="go()"><a href=" jav&#x61;&#9;script:go()">y</a><svg><a xlink:href="javascript:go()"><text>z</text></a><script>go()</script></svg><template><script>go()</script></template>`,
      ),
    );
    expect(code.policyFirstInHead).toBe(false);
    expect(code.metaPolicies).toEqual([]);
    expect(code.inline).toEqual([
      '<style>',
      '<script type="module"> with inline code',
      '<p style=…>',
      '<img onerror=…>',
      '<a href="javascript:…">',
      '<a xlink:href="javascript:…">',
      '<script> with inline code',
      '<script> with inline code',
    ]);
  });
  it('sees a policy that is not first in head', () => {
    expect(pageCode(page(`<title>t</title>${META}`)).policyFirstInHead).toBe(false);
  });
});
