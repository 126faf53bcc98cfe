/**
 * Editor content is content, not code. A body is judged on the syntax tree of the parser the build
 * uses (satteri), so what is judged is exactly what the build would compile: an MDX expression runs
 * at build time and raw HTML reaches readers, however it is spread over lines or hidden from a
 * line-by-line reading. Allowed: Markdown, the components in COMPONENTS with literal props, the
 * harmless HTML in HTML_ELEMENTS, and links whose scheme is allowed. Everything else is refused,
 * with its line and what to write instead. The build runs the same function on its own tree
 * (src/lib/markdown/content-pipeline.ts).
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { urlProblem } from '../safety/safe-url.ts';
import { isSlug } from '../safety/names.ts';
import { HTML_ELEMENTS, ID_ATTRIBUTES, URL_ATTRIBUTES, componentProps, elementAttributes } from './allowed-markup.ts';
import { lineOf, parseBody, walk, type BodyFormat, type ParsedBody } from './body-tree.ts';
import { readHtmlFragment } from './html-fragment.ts';
import { vi, type Messages } from './messages/index.ts';
import { say } from '../finding.ts';

export type { BodyFormat } from './body-tree.ts';

export interface BodyProblem {
  /** 1-based, relative to the body. */
  line: number;
  message: string;
}

/** Node types plain Markdown (with GFM) makes: allowed as they are; links and images are judged by their URL. */
const MARKDOWN = new Set<string>([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'break',
  'text',
  'inlineCode',
  'code',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
  'yaml',
  'toml',
  'link',
  'image',
  'definition',
]);

const HTML_LIST = Object.keys(HTML_ELEMENTS)
  .map((t) => `<${t}>`)
  .join(', ');

/** One attribute as written: a literal (null when written without a value), an `{…}` expression or a `{...spread}`. */
type Attribute =
  { name: string; value: string | null; line: number } | { name: string; expression: 'value' | 'spread'; line: number };

export function unsafeBody(body: string, format: BodyFormat, m: Messages = vi): BodyProblem[] {
  return unsafeBodyIn(body, parseBody(body, format), m);
}

/** unsafeBody for a body already parsed (`parsed` is parseBody of `body`). */
export function unsafeBodyIn(body: string, parsed: ParsedBody, m: Messages = vi): BodyProblem[] {
  if ('error' in parsed) return [{ line: parsed.error.line, message: syntaxMessage(body, parsed.error, m) }];
  return treeProblems(parsed.root, m);
}

/**
 * What an editor wrote that MDX cannot read, said from what stands where the parser stopped (it
 * points at the "<" or "{" it could not read): a "<" before a number or a space, a tag left open or
 * closed twice, a lone "{". The parser has already judged the body; this only chooses the words.
 */
function syntaxMessage(body: string, error: { line: number; column: number; message: string }, m: Messages): string {
  const at = [...(body.split('\n')[error.line - 1] ?? '')].slice(error.column - 1).join('');
  const tag = /^<\/?([A-Za-z][\w.]*)/.exec(at)?.[1];
  if (at.startsWith('{')) return m.mdx.openBrace;
  if (at.startsWith('</') && tag) return m.mdx.strayClosingTag(tag);
  if (at.startsWith('<') && tag) return m.mdx.unclosedTag(tag);
  if (at.startsWith('<')) {
    const after = at.slice(1).trim().split(/\s/)[0] ?? '';
    return m.mdx.lessThan(after || '…');
  }
  return m.mdx.other(error.message.replace(/\s*\([\w-]+:[\w-]+\)$/, ''));
}

/** Problems in a parsed body; lines as the tree gives them; in Vietnamese unless `m` says otherwise (the build's words). */
export function treeProblems(root: Root, m: Messages = vi): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const add = (line: number, message: string) => problems.push({ line, message });
  walk(root, (node: Nodes) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition': {
        const problem = urlProblem(node.url);
        const holder =
          node.type === 'definition'
            ? m.body.holder.definition(node.label ?? node.identifier)
            : m.body.holder[node.type];
        if (problem) add(line, m.body.badAddress(holder, node.url, say(m.url, problem)));
        return;
      }
      case 'html':
        return htmlProblems(node.value, line, add, m);
      case 'mdxjsEsm':
        return add(line, m.body.esm(m.body.componentUsage));
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return add(line, m.body.expression);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return jsxProblems(node, line, add, m);
      default:
        if (!MARKDOWN.has(node.type)) add(line, m.body.otherNode(node.type));
    }
  });
  return problems.sort((a, b) => a.line - b.line);
}

type Add = (line: number, message: string) => void;

function jsxProblems(node: MdxJsxFlowElement | MdxJsxTextElement, line: number, add: Add, m: Messages) {
  const attributes: Attribute[] = node.attributes.map((a) =>
    a.type === 'mdxJsxExpressionAttribute'
      ? { name: a.value, expression: 'spread', line }
      : typeof a.value === 'object' && a.value !== null
        ? { name: a.name, expression: 'value', line }
        : { name: a.name, value: a.value ?? null, line },
  );
  if (node.name === null) return add(line, m.body.fragment);
  // JSX compiles a capitalised or dotted name (<Map>, <a.b>) to a component, any other to an HTML tag.
  const first = node.name[0] ?? '';
  const component = node.name.includes('.') || first !== first.toLowerCase();
  if (!component) return elementProblems(node.name, attributes, line, add, m);
  const props = componentProps(node.name);
  if (props === undefined) return add(line, m.body.unknownComponent(node.name, m.body.componentUsage));
  for (const a of attributes) {
    if ('expression' in a) add(a.line, expressionAttributeMessage(`<${node.name}>`, a, m));
    else if (!props.includes(a.name)) add(a.line, m.body.componentProp(a.name, node.name, props));
    else if (node.name === 'Figure' && !isPictureNumber(a.value)) add(a.line, m.body.figureNumber(a.value));
  }
}

/** A gallery position as <Figure n="…"> needs it: 1, 2, 3… written plainly. */
const isPictureNumber = (value: string | null) =>
  value !== null && Number.isSafeInteger(Number(value)) && Number(value) >= 1 && String(Number(value)) === value;

const expressionAttributeMessage = (element: string, a: Attribute & { expression: 'value' | 'spread' }, m: Messages) =>
  a.expression === 'spread' ? m.body.spreadAttribute(a.name, element) : m.body.expressionAttribute(a.name, element);

/** An HTML element (raw HTML in Markdown, or lowercase JSX in MDX) against the allowlist. */
function elementProblems(tag: string, attributes: Attribute[], line: number, add: Add, m: Messages) {
  const allowed = elementAttributes(tag);
  if (allowed === undefined) return add(line, m.body.htmlTag(tag, HTML_LIST));
  for (const a of attributes) {
    const name = a.name.toLowerCase();
    if ('expression' in a) add(a.line, expressionAttributeMessage(`<${tag}>`, a, m));
    else if (name.startsWith('on')) add(a.line, m.body.eventHandler(a.name, tag));
    else if (!allowed.includes(name)) add(a.line, m.body.attribute(a.name, tag, allowed));
    else if (URL_ATTRIBUTES.includes(name)) {
      const problem = urlProblem(a.value ?? '');
      if (problem) add(a.line, m.body.htmlLink(a.value, tag, say(m.url, problem)));
    } else if (ID_ATTRIBUTES.includes(name) && !isSlug(a.value ?? '')) add(a.line, m.body.id(a.name, a.value, tag));
  }
}

/** Raw HTML in a Markdown body: each piece read by an HTML parser, lines counted from where the piece starts. */
function htmlProblems(html: string, start: number, add: Add, m: Messages) {
  const fragment = readHtmlFragment(html);
  const at = (line: number) => start + line - 1;
  for (const line of fragment.unterminated) add(at(line), m.body.unterminated);
  for (const line of fragment.comments) add(at(line), m.body.comment);
  for (const el of fragment.elements) {
    if (el.foreign) add(at(el.line), m.body.foreign(el.tag));
    else
      elementProblems(
        el.tag,
        el.attributes.map((a) => ({ ...a, line: at(a.line) })),
        at(el.line),
        add,
        m,
      );
  }
}
