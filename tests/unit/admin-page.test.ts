/** /admin/index.html: every value escaped, and the CMS policy in a meta tag for hosts that ignore _headers. */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';
import { adminIndexHtml, adminTitle } from '../../src/lib/admin-page.ts';
import { pageCode } from '../../src/lib/site-files/inline-code.ts';
import { ADMIN_DIRECTIVES, metaPolicy } from '../../src/lib/site-files/csp.ts';

function elements(nodes: P.ChildNode[], out: P.Element[] = []): P.Element[] {
  for (const n of nodes) if ('tagName' in n) out.push(n, ...elements(n.childNodes));
  return out;
}

describe('the CMS page', () => {
  const hostile = `</title><script>alert(1)</script><img src=x onerror="alert(2)">`;
  const html = adminIndexHtml(hostile);
  const all = elements(parse(html).childNodes);

  it('shows a hostile province name as text, never as markup', () => {
    const title = all.find((e) => e.tagName === 'title')!;
    expect(title.childNodes.map((n) => ('value' in n ? n.value : '')).join('')).toBe(adminTitle(hostile));
    expect(all.filter((e) => e.tagName === 'script').map((e) => e.attrs)).toEqual([
      [{ name: 'src', value: 'sveltia-cms.js' }],
    ]);
    expect(all.some((e) => e.tagName === 'img')).toBe(false);
    expect(pageCode(html).inline).toEqual([]);
  });
  it('loads only files beside it: the CMS, its config and the Vietnamese faces of its font', () => {
    const links = all
      .filter((e) => e.tagName === 'link')
      .map((e) => Object.fromEntries(e.attrs.map((a) => [a.name, a.value])));
    expect(links).toEqual([
      { href: 'fonts.css', rel: 'stylesheet' },
      { href: 'config.yml', type: 'application/yaml', rel: 'cms-config-url' },
    ]);
    expect(adminTitle('Gia Lai')).toBe('Thông tin đối ngoại Gia Lai');
  });
  it('carries the CMS policy first in its head', () => {
    const code = pageCode(html);
    expect(code.metaPolicies).toEqual([metaPolicy(ADMIN_DIRECTIVES)]);
    expect(code.policyFirstInHead).toBe(true);
  });
});
