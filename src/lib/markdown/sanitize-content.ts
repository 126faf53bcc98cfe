/**
 * The last step of the HTML pipeline for content: whatever the check and the build's own check
 * (content-pipeline.ts) let through, only what Markdown makes and the allowlist in
 * allowed-markup.ts reaches a page. Elements go through hast-util-sanitize with an allowlist
 * schema; MDX components are kept only when allowed and written with literal props; expressions,
 * ESM, comments and raw HTML are removed. A removed element goes with its content.
 */
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { HTML_ELEMENTS, URL_ATTRIBUTES, componentProps, elementAttributes } from '../content-check/allowed-markup.ts';
import { ALLOWED_SCHEMES, urlProblem } from '../safety/safe-url.ts';

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

/** What satteri makes from Markdown (GFM tables, task lists, footnotes), by element, as hast property names. */
const MARKDOWN_ELEMENTS: Record<string, PropertyDefinition[]> = {
  p: [],
  h1: ['id'],
  h2: ['id', ['className', 'sr-only']],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  blockquote: [],
  ul: [['className', 'contains-task-list']],
  ol: ['start'],
  li: ['id', ['className', 'task-list-item']],
  hr: [],
  br: [],
  em: [],
  strong: [],
  del: [],
  code: [],
  sup: [],
  a: [
    'href',
    'title',
    'id',
    'dataFootnoteRef',
    'dataFootnoteBackref',
    'ariaDescribedBy',
    'ariaLabel',
    ['className', 'data-footnote-backref'],
  ],
  img: ['src', 'alt', 'title'],
  input: [['type', 'checkbox'], 'checked', 'disabled'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  // Column alignment arrives as an inline style, which the CSP (style-src 'self') would block: it
  // becomes a class (alignedCell below) styled by the site's own stylesheet.
  th: [['className', 'align-left', 'align-right', 'align-center']],
  td: [['className', 'align-left', 'align-right', 'align-center']],
  section: ['dataFootnotes', ['className', 'footnotes']],
};

const attributes: Record<string, PropertyDefinition[]> = { ...MARKDOWN_ELEMENTS };
for (const [tag, allowed] of Object.entries(HTML_ELEMENTS)) attributes[tag] = [...(attributes[tag] ?? []), ...allowed];

const common = {
  allowComments: false,
  allowDoctypes: false,
  // Elements are sanitized one level at a time (content-pipeline keeps MDX components between them), so no ancestor rules.
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  protocols: { href: [...ALLOWED_SCHEMES], src: ['http', 'https'] },
  required: {},
  // Not allowed: removed with its content.
  strip: null,
} satisfies Schema;

export const CONTENT_SCHEMA: Schema = { ...common, tagNames: Object.keys(attributes), attributes };

/** A code block: plain text in <pre><code> (content is not highlighted: colours would be inline styles, which the CSP blocks). */
export const CODE_SCHEMA: Schema = {
  ...common,
  tagNames: ['pre', 'code', 'span'],
  attributes: { pre: ['tabindex', 'tabIndex', 'dataLanguage'], code: ['className'], span: [] },
};

type Jsx = MdxJsxFlowElementHast | MdxJsxTextElementHast;

export function sanitizeContentTree(root: Root): Root {
  return { type: 'root', children: cleanChildren(root.children) };
}

function cleanChildren(children: readonly Nodes[]): ElementContent[] {
  return children.flatMap(cleanNode);
}

function cleanNode(node: Nodes): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'element':
      return cleanElement(node);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return cleanJsx(node);
    default:
      // raw HTML, comments, doctypes, MDX expressions and ESM
      return [];
  }
}

function cleanElement(node: Element): ElementContent[] {
  if (node.tagName === 'pre') {
    const code = sanitize(node, CODE_SCHEMA);
    return code.type === 'element' ? [code] : [];
  }
  const shell = sanitize({ ...alignedCell(node), children: [] }, CONTENT_SCHEMA);
  if (shell.type !== 'element') return [];
  return [{ ...shell, children: cleanChildren(node.children) }];
}

/** A table cell's `style="text-align: right"` (GFM column alignment) as `class="align-right"`. */
export function alignedCell(node: Element): Element {
  if (node.tagName !== 'th' && node.tagName !== 'td') return node;
  const { style, ...properties } = node.properties;
  const align = typeof style === 'string' ? /^text-align:\s*(left|right|center);?$/.exec(style.trim())?.[1] : undefined;
  return { ...node, properties: align ? { ...properties, className: [`align-${align}`] } : properties };
}

function cleanJsx(node: Jsx): ElementContent[] {
  const name = node.name ?? '';
  const allowed = componentProps(name) ?? elementAttributes(name);
  if (!allowed) return [];
  const literal = node.attributes.flatMap((a) => {
    if (a.type !== 'mdxJsxAttribute' || !allowed.includes(a.name)) return [];
    if (a.value !== null && a.value !== undefined && typeof a.value !== 'string') return [];
    if (URL_ATTRIBUTES.includes(a.name) && urlProblem(a.value ?? '')) return [];
    return [{ type: 'mdxJsxAttribute' as const, name: a.name, value: a.value }];
  });
  const clean: Jsx = { type: node.type, name, attributes: literal, children: cleanChildren(node.children) };
  if (node.data) clean.data = node.data;
  return [clean];
}
