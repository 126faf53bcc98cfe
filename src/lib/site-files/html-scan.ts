/**
 * Reads tags, attributes, ids and inline blocks out of built HTML with the WHATWG parser (parse5),
 * so attributes, character references, comments and raw text are read the way a browser reads them.
 */
import {
  defaultTreeAdapter,
  parse,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes as P,
  type TreeAdapter,
} from 'parse5';

export type Attrs = Record<string, string>;

export interface Block {
  attrs: Attrs;
  content: string;
}

interface ScannedElement {
  name: string;
  attrs: Attrs;
  /** Text of its own text children (the raw text of a script or style). */
  text: string;
}

const isElement = (node: P.ChildNode): node is P.Element => 'tagName' in node;

/** Every element in document order, template contents included. */
function scan(html: string): ScannedElement[] {
  // Scripting off: a <noscript>'s links and pictures are markup a reader without JavaScript follows.
  return elementsIn(parse(html, { scriptingEnabled: false }).childNodes);
}

/** Thrown by the tree adapter of scanHead when the parser opens the body: the rest is not read. */
const LEFT_HEAD = Symbol('left the head');

/**
 * The elements of the head only, as the full parse puts them there (a meta after `</head>` too),
 * without parsing the body: the sitemap reads the robots meta and the hreflang links of every page
 * (issue 20: the full parse of every page was about 4 ms of a build's time per page).
 */
function scanHead(html: string): ScannedElement[] {
  let document: P.Document | undefined;
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createDocument: () => (document = defaultTreeAdapter.createDocument()),
    createElement: (tagName, namespaceURI, attrs) => {
      if (tagName === 'body' || tagName === 'frameset') throw LEFT_HEAD;
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
  try {
    parse(html, { scriptingEnabled: false, treeAdapter });
  } catch (error) {
    if (error !== LEFT_HEAD) throw error;
  }
  const head = document?.childNodes
    .find((n): n is P.Element => isElement(n) && n.tagName === 'html')
    ?.childNodes.find((n): n is P.Element => isElement(n) && n.tagName === 'head');
  return head ? elementsIn(head.childNodes) : [];
}

function elementsIn(nodes: P.ChildNode[]): ScannedElement[] {
  const found: ScannedElement[] = [];
  const walk = (nodes: P.ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const attrs: Attrs = {};
      for (const a of node.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
      const text = node.childNodes.map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('');
      found.push({ name: node.tagName, attrs, text });
      walk(node.childNodes);
      if (node.tagName === 'template' && 'content' in node) walk(node.content.childNodes);
    }
  };
  walk(nodes);
  return found;
}

/**
 * The pages read most recently (about 50 KB each): the link and sitemap checks ask several
 * questions of every page of a site, and of each page's alternates, in turns.
 */
const recent = new Map<string, ScannedElement[]>();
const RECENT_PAGES = 512;

function elementsOf(html: string): ScannedElement[] {
  const elements = recent.get(html) ?? scan(html);
  recent.delete(html);
  recent.set(html, elements);
  const oldest = recent.keys().next().value;
  if (recent.size > RECENT_PAGES && oldest !== undefined) recent.delete(oldest);
  return elements;
}

/** Attributes of every `<name …>` element. */
export function tags(html: string, name: string): Attrs[] {
  const wanted = name.toLowerCase();
  return elementsOf(html)
    .filter((e) => e.name === wanted)
    .map((e) => e.attrs);
}

/** Every id and every `<a name>` a fragment may point at. */
export function fragmentTargets(html: string): Set<string> {
  const found = new Set<string>();
  for (const e of elementsOf(html)) {
    if (e.attrs.id) found.add(e.attrs.id);
    if (e.name === 'a' && e.attrs.name) found.add(e.attrs.name);
  }
  return found;
}

/** `<script>` or `<style>` elements with their attributes and raw text. */
export function blocks(html: string, name: 'script' | 'style'): Block[] {
  return elementsOf(html)
    .filter((e) => e.name === name)
    .map((e) => ({ attrs: e.attrs, content: e.text }));
}

const tagsIn = (head: ScannedElement[], name: string): Attrs[] =>
  head.filter((e) => e.name === name).map((e) => e.attrs);

const noindexIn = (head: ScannedElement[]): boolean =>
  tagsIn(head, 'meta').some((m) => m.name?.toLowerCase() === 'robots' && /noindex/i.test(m.content ?? ''));

const alternatesIn = (head: ScannedElement[]): { hreflang: string; href: string }[] =>
  tagsIn(head, 'link').flatMap(({ rel, hreflang, href }) =>
    rel === 'alternate' && hreflang && href ? [{ hreflang, href }] : [],
  );

/** True when the page's head asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return noindexIn(scanHead(html));
}

/** hreflang alternates a page declares in its head. */
export function alternates(html: string): { hreflang: string; href: string }[] {
  return alternatesIn(scanHead(html));
}

/** Both, from one reading of the head: what the sitemap needs of every page. */
export function sitemapHead(html: string): { noindex: boolean; alternates: { hreflang: string; href: string }[] } {
  const head = scanHead(html);
  return { noindex: noindexIn(head), alternates: alternatesIn(head) };
}
