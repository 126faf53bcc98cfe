/**
 * Reads a piece of raw HTML from a Markdown body the way a browser does (parse5, the WHATWG
 * parser), so what is judged is what a reader's browser would build: entities decoded, tags split
 * over lines, `<svg><script>` and comments all seen as they are. Lines are 1-based within the piece.
 */
import { parseFragment, type DefaultTreeAdapterTypes as P } from 'parse5';

export interface HtmlAttributeFound {
  name: string;
  value: string;
  line: number;
}

export interface HtmlElementFound {
  tag: string;
  /** Not the HTML namespace (inside <svg> or <math>). */
  foreign: boolean;
  line: number;
  attributes: HtmlAttributeFound[];
}

export interface HtmlFragment {
  elements: HtmlElementFound[];
  /** Lines of comments (and of what browsers read as comments: <?…>, <![CDATA[…]]>). */
  comments: number[];
  /** Lines where the piece ends inside a tag or a comment, which would swallow what follows it on the page. */
  unterminated: number[];
}

const UNTERMINATED = new Set([
  'eof-in-tag',
  'eof-in-comment',
  'eof-in-doctype',
  'eof-in-cdata',
  'eof-in-script-html-comment-like-text',
]);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export function readHtmlFragment(html: string): HtmlFragment {
  const found: HtmlFragment = { elements: [], comments: [], unterminated: [] };
  const tree = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => {
      if (UNTERMINATED.has(error.code)) found.unterminated.push(error.startLine);
    },
  });
  const walk = (nodes: P.ChildNode[]) => {
    for (const node of nodes) {
      const line = node.sourceCodeLocation?.startLine ?? 1;
      if (node.nodeName === '#comment') found.comments.push(line);
      if (!('tagName' in node)) continue;
      const attrLines = node.sourceCodeLocation?.attrs;
      found.elements.push({
        tag: node.tagName,
        foreign: node.namespaceURI !== HTML_NS,
        line,
        attributes: node.attrs.map((a) => ({
          name: a.name,
          value: a.value,
          line: attrLines?.[a.name]?.startLine ?? line,
        })),
      });
      walk(node.childNodes);
      if ('content' in node) walk(node.content.childNodes);
    }
  };
  walk(tree.childNodes);
  return found;
}
