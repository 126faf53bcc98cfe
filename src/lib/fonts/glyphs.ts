/**
 * What a font subset must hold: the characters built pages show (text and the attributes a
 * reader sees), per stylesheet they link, and unicode-range values written from them.
 */
import { defaultTreeAdapter, parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { codePoints } from '../unicode-range.ts';

type Node = DefaultTreeAdapterMap['node'];

/** Attributes whose text the browser draws with the page's fonts (tooltips are drawn by the system). */
const SHOWN_ATTRIBUTES = new Set(['alt', 'placeholder', 'value', 'label']);
/** Elements whose text is never drawn. */
const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'title']);

/** Characters of a built page and the stylesheets it links (their href as written). */
export function glyphsOfPage(html: string): { stylesheets: string[]; chars: Set<number> } {
  const chars = new Set<number>();
  const stylesheets: string[] = [];
  const walk = (node: Node): void => {
    if (defaultTreeAdapter.isTextNode(node)) {
      for (const code of codePoints(node.value)) chars.add(code);
      return;
    }
    if ('tagName' in node) {
      const el = node;
      const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
      const href = attr('href');
      if (el.tagName === 'link' && attr('rel')?.split(/\s+/).includes('stylesheet') && href) stylesheets.push(href);
      for (const a of el.attrs)
        if (SHOWN_ATTRIBUTES.has(a.name)) for (const code of codePoints(a.value)) chars.add(code);
      if (HIDDEN_TEXT.has(el.tagName)) return;
      if ('content' in el) walk(el.content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return { stylesheets, chars };
}

/** Code points as a CSS unicode-range: runs joined ("U+20-7E,U+AC00"), in order. */
export function unicodeRangeOf(codes: Iterable<number>): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const runs: [first: number, last: number][] = [];
  for (const code of sorted) {
    const run = runs.at(-1);
    if (run && code === run[1] + 1) run[1] = code;
    else runs.push([code, code]);
  }
  return runs.map(([first, last]) => (last > first ? `U+${hex(first)}-${hex(last)}` : `U+${hex(first)}`)).join(',');
}

/** The code points of `codes` inside `ranges` (from parseUnicodeRange). */
export function codesIn(ranges: readonly [number, number][], codes: Iterable<number>): number[] {
  return [...codes].filter((c) => ranges.some(([a, b]) => c >= a && c <= b));
}
