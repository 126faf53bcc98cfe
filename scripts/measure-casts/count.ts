/**
 * Counts type assertions (`x as T`, `<T>x`; `as const` is not one: it narrows, it claims nothing)
 * and non-null assertions (`x!`) in a module, read with a parser so strings, comments and `!==`
 * never count. A .ts file and a .astro file's frontmatter go through the TypeScript parser; a
 * .astro file's template expressions (`{x!.name}`, `src={a as string}`) through Astro's own parser,
 * the one `astro build` and eslint-plugin-astro use, since TypeScript cannot read a template.
 */
import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface Counts {
  lines: number;
  casts: number;
  nonNull: number;
}

/** Lines as `wc -l` counts them, plus an unterminated last line: the whole file, template included. */
export function linesOf(text: string): number {
  if (text === '') return 0;
  const newlines = text.split('\n').length - 1;
  return text.endsWith('\n') ? newlines : newlines + 1;
}

const isConstAssertion = (type: ts.TypeNode): boolean =>
  ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const';

/** Assertions in TypeScript code (a .ts file or a frontmatter); `jsx` for .tsx-like code. */
export function countInTypeScript(code: string, fileName = 'module.ts'): Omit<Counts, 'lines'> {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let casts = 0;
  let nonNull = 0;
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isConstAssertion(node.type)) casts++;
    else if (ts.isNonNullExpression(node)) nonNull++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { casts, nonNull };
}

/** A .astro file's frontmatter: the lines between its opening `---` and the next `---` line. */
export function frontmatterOf(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return '';
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) throw new Error('frontmatter opened with --- and never closed');
  return lines.slice(1, end).join('\n');
}

/** An ESTree node as Astro's parser gives it: a `type` and child nodes under any key. */
interface EstreeNode {
  type: string;
  typeAnnotation?: unknown;
  [key: string]: unknown;
}
const isNode = (value: unknown): value is EstreeNode =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
const isEstreeConst = (node: EstreeNode): boolean => {
  const type = node.typeAnnotation;
  if (!isNode(type) || type.type !== 'TSTypeReference') return false;
  const name = type['typeName'];
  return isNode(name) && name.type === 'Identifier' && name['name'] === 'const';
};

/** Assertions in a .astro file: frontmatter by TypeScript, template expressions by Astro's parser. */
export function countInAstro(text: string, fileName = 'page.astro'): Omit<Counts, 'lines'> {
  const front = countInTypeScript(frontmatterOf(text), fileName + '.ts');
  const { ast, diagnostics } = parseAstro(text);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`${fileName}: Astro cannot parse it: ${errors.map((d) => d.text).join('; ')}`);
  let casts = 0;
  let nonNull = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    if (isNode(value)) {
      if ((value.type === 'TSAsExpression' || value.type === 'TSTypeAssertion') && !isEstreeConst(value)) casts++;
      else if (value.type === 'TSNonNullExpression') nonNull++;
    }
    Object.values(value).forEach(visit);
  };
  visit(ast.body);
  return { casts: front.casts + casts, nonNull: front.nonNull + nonNull };
}

/** Lines and assertions of one file, by its name's ending (.ts or .astro). */
export function countFile(fileName: string, text: string): Counts {
  const found = fileName.endsWith('.astro') ? countInAstro(text, fileName) : countInTypeScript(text, fileName);
  return { lines: linesOf(text), ...found };
}
