/**
 * The fallback chain on the built Gia Lai site (km → en → vi, issue 18 point 5): a Khmer file with
 * only a title and a summary shows those in Khmer and the rest from English, and whatever a Khmer
 * page shows in another language carries that language's `lang` and a visible label.
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
const text = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');
const page = (file: string) => parse(builtSite('gia-lai').read(file));
/** The language an element's text is in: its own `lang`, else its nearest ancestor's. */
function langOf(e: Element): string | undefined {
  for (let n: Node | null = e; n && 'tagName' in n; n = n.parentNode as Node | null) {
    const l = attr(n as Element, 'lang');
    if (l) return l;
  }
  return undefined;
}
const khmer = /[\u1780-\u17ff]/u;

describe('Gia Lai in Khmer: pieces translated in part', () => {
  it('a place with a Khmer title and summary shows them in Khmer and its body in English, with the notice', () => {
    const doc = page('km/places/bien-ho/index.html');
    const h1 = all(doc, (e) => e.tagName === 'h1')[0]!;
    expect(langOf(h1)).toBe('km');
    expect(text(h1)).toMatch(khmer);
    const body = all(doc, (e) => (attr(e, 'class') ?? '').split(' ').includes('portal-place__body'))[0]!;
    expect(attr(body, 'lang')).toBe('en');
    expect(text(body)).toMatch(/volcano/i);
    const notices = all(doc, (e) => attr(e, 'data-fallback') !== undefined);
    expect(notices.map((n) => attr(n, 'data-fallback'))).toEqual(['partial']);
    expect(text(notices[0]!)).toContain('អង់គ្លេស');
    // The Khmer search index holds the Khmer title and summary, not the English body.
    expect(attr(body, 'data-pagefind-ignore')).toBe('all');
    expect(attr(h1, 'data-pagefind-ignore')).toBeUndefined();
  });

  it('a plan with a Khmer title and summary shows its tasks and full text in English, each labelled', () => {
    const doc = page('km/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/index.html');
    expect(text(all(doc, (e) => e.tagName === 'h1')[0]!)).toMatch(khmer);
    const tasks = all(doc, (e) => e.tagName === 'th' && attr(e, 'scope') === 'row' && (attr(e, 'class') ?? '').includes('portal-tasks__what'));
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expect(langOf(task), text(task)).toBe('en');
    const fullText = all(doc, (e) => attr(e, 'aria-labelledby') === 'plan-full-text')[0]!;
    expect(all(fullText, (e) => attr(e, 'data-lang-label') === 'en')).toHaveLength(1);
    // The Khmer search index holds the Khmer title and summary, not the English sections and text.
    expect(all(fullText, (e) => attr(e, 'data-pagefind-ignore') === 'all')).toHaveLength(1);
    expect(all(doc, (e) => (attr(e, 'class') ?? '').includes('portal-plan-sections'))[0]!.attrs).toContainEqual({ name: 'data-pagefind-ignore', value: 'all' });
  });
});

describe('Gia Lai’s Khmer calendar', () => {
  it('labels every anniversary title not in Khmer with its language, following the chain to English first', () => {
    const doc = page('km/calendar/2024/index.html');
    const rows = all(doc, (e) => e.tagName === 'tr' && attr(e, 'data-anniversary') !== undefined);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const title = all(row, (e) => e.tagName === 'th')[0]!;
      const lang = langOf(title);
      if (lang === 'km') continue;
      // Every base event has an English title, so a Khmer page never falls back further.
      expect(lang, text(title)).toBe('en');
      expect(all(row, (e) => attr(e, 'data-lang-label') === lang), text(title)).toHaveLength(1);
    }
  });
});
