/**
 * A legal document's page labels its link by the kind of page it leads to, in every language of the
 * fixture build (npm run build:fixture; E2E_FIXTURE_DIST picks another folder): Decree 72/2015/NĐ-CP
 * on vbpl.vn is the official text; the sample Decision 1191/QĐ-TTg, kept only on a private legal
 * database, must not be called official.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { FIXTURE_DIST } from '../e2e/support/sites.ts';
import { readDictionary } from '../../src/node/dictionaries.ts';
import { readYaml } from '../../src/node/read-yaml.ts';
import { legalSchema } from '../../src/schemas/legal.ts';
import { provinceSchema } from '../../src/schemas/province.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const children = (e: Element) => e.childNodes.filter((c): c is Element => 'tagName' in c);
function all(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) all(child, test, found);
  return found;
}
const text = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterMap['textNode']).value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';

const content = join('tests', 'fixtures', 'content');
const { locales } = provinceSchema.parse(readYaml(join(content, 'fixture', 'province.yaml')));
const record = (slug: string) => legalSchema.parse(readYaml(join(content, 'national', 'legal', `${slug}.yaml`)));

/** The term of the facts list whose description holds the link to `url`, on a built legal page. */
function labelOfLink(lang: string, slug: string, url: string): string | undefined {
  const doc = parse(readFileSync(join(FIXTURE_DIST, 'fixture', lang, 'legal', slug, 'index.html'), 'utf8'));
  for (const dl of all(doc, (e) => e.tagName === 'dl')) {
    const items = children(dl);
    const at = items.findIndex(
      (dd) => dd.tagName === 'dd' && all(dd, (a) => a.tagName === 'a' && attr(a, 'href') === url).length > 0,
    );
    if (at > 0 && items[at - 1]!.tagName === 'dt') return text(items[at - 1]!).trim();
  }
  return undefined;
}

describe("the label of a legal document's source on the fixture build", () => {
  const official = record('nghi-dinh-72-2015-nd-cp');
  const secondary = record('quyet-dinh-1191-qd-ttg');

  it('has one official and one private-database document to show', () => {
    expect([official.sourceKind, secondary.sourceKind]).toEqual(['official', 'private-database']);
    expect(secondary.sample).toBe(true);
  });

  for (const lang of locales) {
    it(`names the kind of page beside the link (${lang})`, () => {
      const words = readDictionary(lang)!;
      expect(labelOfLink(lang, 'nghi-dinh-72-2015-nd-cp', official.url!)).toBe(words['legal.sourceKind.official']);
      const label = labelOfLink(lang, 'quyet-dinh-1191-qd-ttg', secondary.url!);
      expect(label).toBe(words['legal.sourceKind.private-database']);
      expect(label).not.toBe(words['legal.sourceKind.official']);
    });
  }
});
