/**
 * Layers (issue 21, point 6): src/lib holds pure code and imports nothing of the project outside
 * itself (node built-ins and packages only); components take their types from lib or schemas, never
 * from src/data. Imports are read with the TypeScript parser. No exception is left (there were 7
 * from lib into the schemas and 35 from components into data): the test names every import that
 * breaks a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => join(dir, f));
}

/** The code of a module: a .astro file's frontmatter (between its two `---` fences), else the file. */
function codeOf(file: string): string {
  const text = readFileSync(join(repo, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') return '';
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return lines.slice(1, end).join('\n');
}

/** Every module specifier a file names: imports, re-exports, `import('…')` types and dynamic imports. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, codeOf(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    )
      found.push(node.argument.literal.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `file → target` for each import of the project's own modules, the target relative to the repository. */
function projectImports(file: string): string[] {
  return specifiers(file).flatMap((spec) => {
    if (spec.startsWith('astro:')) return [`${file} → ${spec}`];
    if (!spec.startsWith('.')) return [];
    return [`${file} → ${relative(repo, resolve(repo, dirname(file), spec))}`];
  });
}

describe('layers', () => {
  it('src/lib imports nothing of the project outside src/lib', () => {
    const outside = filesUnder('src/lib')
      .flatMap(projectImports)
      .filter((line) => !line.split(' → ')[1]!.startsWith('src/lib/'));
    expect(outside.sort()).toEqual([]);
  });

  it('components take nothing from src/data', () => {
    const fromData = filesUnder('src/components')
      .flatMap(projectImports)
      .filter((line) => line.split(' → ')[1]!.startsWith('src/data/'));
    expect(fromData.sort()).toEqual([]);
  });

  it('reads imports, re-exports and import types, and an .astro file’s frontmatter only', () => {
    expect(specifiers('src/lib/localize.ts').length).toBeGreaterThan(0);
    expect(specifiers('src/components/places/PlaceFacts.astro')).toContain('../../schemas/place.ts');
  });
});
