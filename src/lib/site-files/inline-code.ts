/**
 * What a built page carries that a Content-Security-Policy has to rule on, read with the WHATWG
 * parser (parse5) the way a browser builds the page: its meta policies, and any inline code
 * (a running `<script>` with text, `<style>`, `style=`, `on…=`, `javascript:` URLs). The site's
 * policy allows no inline code, so a page must carry none.
 */
import { parse, type DefaultTreeAdapterTypes as P } from 'parse5';

/** Script types browsers never run: data blocks such as JSON-LD. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
/** Attributes holding a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

export interface PageCode {
  /** The content of every `<meta http-equiv="Content-Security-Policy">`, in document order. */
  metaPolicies: string[];
  /** The first element in `<head>` is the policy (so it covers everything after it). */
  policyFirstInHead: boolean;
  /** Inline code found, one line each, e.g. `<style>` or `<p style=…>`. */
  inline: string[];
}

const attr = (el: P.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (el: P.Element) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const isPolicyMeta = (el: P.Element) =>
  el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy';
// eslint-disable-next-line no-control-regex -- C0 controls are exactly what the URL parser strips
const LEADING_CONTROLS = /^[\u0000-\u0020]+/;
/** URL scheme as a browser reads it: leading spaces and controls dropped, tabs and newlines removed. */
const scheme = (url: string) =>
  url
    .replace(LEADING_CONTROLS, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase()
    .split(':', 1)[0];

export function pageCode(html: string): PageCode {
  const found: PageCode = { metaPolicies: [], policyFirstInHead: false, inline: [] };
  const walk = (nodes: P.ChildNode[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const el = node;
      if (el.tagName === 'head') {
        const first = el.childNodes.find((n): n is P.Element => 'tagName' in n);
        found.policyFirstInHead = first !== undefined && isPolicyMeta(first);
      }
      if (isPolicyMeta(el)) found.metaPolicies.push(attr(el, 'content') ?? '');
      if (el.tagName === 'style') found.inline.push('<style>');
      if (el.tagName === 'script' && attr(el, 'src') === undefined && textOf(el).trim()) {
        const type = (attr(el, 'type') ?? '').trim().toLowerCase();
        if (!DATA_SCRIPT_TYPES.has(type))
          found.inline.push(`<script${type ? ` type="${type}"` : ''}> with inline code`);
      }
      for (const a of el.attrs) {
        const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
        if (name === 'style' || name.startsWith('on')) found.inline.push(`<${el.tagName} ${name}=…>`);
        else if (URL_ATTRIBUTES.has(name) && scheme(a.value) === 'javascript')
          found.inline.push(`<${el.tagName} ${name}="javascript:…">`);
      }
      walk(el.childNodes);
      if ('content' in el) walk(el.content.childNodes);
    }
  };
  walk(parse(html).childNodes);
  return found;
}
