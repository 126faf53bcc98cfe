/**
 * A unit the 2025 reforms merged says what replaced it, in every locale: its page carries a notice
 * naming its last day and linking to the unit that took over its work.
 */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { builtSite } from './support/built-site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
function all(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) all(child, test, found);
  if ('content' in node) all(node.content, test, found);
  return found;
}
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';

/** The "replaced" notice of a unit's page, if any. */
function noticeOf(lang: string, slug: string): Element | undefined {
  const html = builtSite('gia-lai').read(`${lang}/units/${slug}/index.html`);
  return all(parse(html), (e) => attr(e, 'data-notice') === 'replaced')[0];
}

describe('Gia Lai: departments merged on 1 March 2025', () => {
  it.each([
    ['so-thong-tin-va-truyen-thong', 'so-khoa-hoc-va-cong-nghe'],
    ['so-ke-hoach-va-dau-tu', 'so-tai-chinh'],
  ])('%s links to %s in every locale', (slug, successor) => {
    for (const lang of builtSite('gia-lai').province.locales) {
      const notice = noticeOf(lang, slug);
      expect(notice, `${lang}: the notice`).toBeDefined();
      expect(text(notice!), lang).toContain('2025');
      expect(
        all(notice!, (e) => e.tagName === 'a').map((a) => attr(a, 'href')),
        lang,
      ).toContain(`/${lang}/units/${successor}/`);
    }
  });

  it('shows no such notice on a unit that still exists', () => {
    expect(noticeOf('vi', 'so-tai-chinh')).toBeUndefined();
  });
});
