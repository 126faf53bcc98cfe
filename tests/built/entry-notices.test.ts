/**
 * The notices above a piece (sample data, language shown, partial translation, draft, stale) read
 * the same on every page type of the fixture build (npm run build:fixture; E2E_FIXTURE_DIST picks
 * another folder): one order, one wording per language, and each marked in the reader's language
 * even where the text around it is in a fallback language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { FIXTURE_DIST } from '../e2e/support/sites.ts';
import { listFiles } from '../../src/node/site-walk.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
function all(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) all(child, test, found);
  return found;
}
const textNodes = (node: Node): DefaultTreeAdapterMap['textNode'][] =>
  node.nodeName === '#text'
    ? [node as DefaultTreeAdapterMap['textNode']]
    : 'childNodes' in node
      ? node.childNodes.flatMap(textNodes)
      : [];
const text = (node: Node) =>
  textNodes(node)
    .map((t) => t.value)
    .join('')
    .trim();
/** The language a node is read in: the nearest lang attribute above it. */
function langOf(node: Node): string | undefined {
  for (let n: Node | null = node; n; n = 'parentNode' in n ? n.parentNode : null)
    if ('tagName' in n && attr(n, 'lang') !== undefined) return attr(n, 'lang');
  return undefined;
}

/** The order every page shows its notices in. */
const ORDER = ['sample', 'fallback', 'partial', 'draft', 'stale'] as const;
type Kind = (typeof ORDER)[number];
const kindOf = (e: Element): Kind => {
  const kind = attr(e, 'data-notice');
  if (kind === 'fallback') return all(e, (s) => attr(s, 'data-fallback') === 'partial').length ? 'partial' : 'fallback';
  return kind as Kind;
};

/** Page types about one piece, by their path: "plans" for /<lang>/plans/<slug>/, "about" for /<lang>/about/. */
const ENTRY_PAGES = /^(\w+)\/(?:(plans|places|press|invest|legal|units)\/[^/]+|(about|spokespeople))\/index\.html$/;
const site = join(FIXTURE_DIST, 'fixture');
const pages = listFiles(site).flatMap((file) => {
  const m = ENTRY_PAGES.exec(file);
  if (!m) return [];
  const doc = parse(readFileSync(join(site, file), 'utf8'));
  const html = all(doc, (e) => e.tagName === 'html')[0]!;
  // A unit replaced by another says so in a notice of its own, not one about the entry.
  const notices = all(doc, (e) => attr(e, 'data-notice') !== undefined && attr(e, 'data-notice') !== 'replaced');
  return [{ file, type: (m[2] ?? m[3])!, lang: attr(html, 'lang')!, notices }];
});

describe('entry notices on the fixture build', () => {
  it('reads the pages of every type', () => {
    expect(new Set(pages.map((p) => p.type))).toEqual(
      new Set(['plans', 'places', 'press', 'invest', 'legal', 'units', 'about', 'spokespeople']),
    );
  });

  it('come in one order on every page: sample, language shown, partial translation, draft, stale', () => {
    for (const p of pages) {
      const ranks = p.notices.map((n) => ORDER.indexOf(kindOf(n)));
      expect(ranks, `${p.file}: ${p.notices.map(kindOf).join(', ')}`).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size, p.file).toBe(ranks.length);
    }
  });

  it('are marked in the reader’s language, even inside a piece shown in another', () => {
    for (const p of pages)
      for (const n of p.notices)
        for (const t of textNodes(n).filter((x) => x.value.trim()))
          expect(langOf(t), `${p.file}: ${kindOf(n)} notice "${t.value.trim()}"`).toBe(p.lang);
  });

  it('say the same words for the same notice in each language, on every page type', () => {
    const words = new Map<string, Set<string>>();
    for (const p of pages)
      for (const n of p.notices.filter((x) => ['sample', 'draft'].includes(kindOf(x)))) {
        const key = `${p.lang} ${kindOf(n)}`;
        words.set(key, (words.get(key) ?? new Set()).add(text(n)));
      }
    expect(words.size).toBeGreaterThan(0);
    for (const [key, said] of words) expect([...said], key).toHaveLength(1);
  });

  it('are shown by each page type of a translated piece: sample data, another language, a draft', () => {
    for (const type of ['plans', 'places', 'press', 'invest', 'about']) {
      const shown = new Set(pages.filter((p) => p.type === type).flatMap((p) => p.notices.map(kindOf)));
      expect([...shown].filter((k) => k !== 'partial' && k !== 'stale').sort(), type).toEqual([
        'draft',
        'fallback',
        'sample',
      ]);
    }
  });
});
