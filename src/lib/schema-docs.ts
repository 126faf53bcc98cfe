/**
 * Field help for editors, read from the one-line doc comments of the schema modules, so the
 * schemas stay the single place that documents a field (no second copy in `.describe()`).
 */
import ts from 'typescript';

/** One object literal of a schema module: its property names and the doc comment of each. */
export interface DocLiteral {
  /** The module it was read from, e.g. "press.ts". */
  module: string;
  keys: string[];
  docs: Record<string, string>;
}

function jsDocText(node: ts.Node): string | undefined {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = docs?.at(-1)?.comment;
  const text = typeof comment === 'string' ? comment : comment?.map((c) => c.text).join('');
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

/** Every object literal in the given module texts that documents at least one property. */
export function collectDocLiterals(sources: readonly { module: string; text: string }[]): DocLiteral[] {
  const out: DocLiteral[] = [];
  for (const { module, text } of sources) {
    const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node)) {
        const literal: DocLiteral = { module, keys: [], docs: {} };
        for (const p of node.properties) {
          if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
          const key = p.name.getText(file).replace(/^['"]|['"]$/g, '');
          literal.keys.push(key);
          const doc = jsDocText(p);
          if (doc) literal.docs[key] = doc;
        }
        if (Object.keys(literal.docs).length) out.push(literal);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

/**
 * The doc comment of `key` in an object whose fields are `siblings`: taken from the literal that
 * shares most fields with it (spread parts such as `...text` are literals of their own), so a
 * `title` of a citation and a `title` of a plan each get their own help; on a tie, the literal
 * from `home` (the concept's own module) wins.
 */
export function docFor(literals: readonly DocLiteral[], siblings: readonly string[], key: string, home?: string): string | undefined {
  let best: { score: number; doc: string } | undefined;
  for (const l of literals) {
    const doc = l.docs[key];
    if (!doc || !l.keys.every((k) => siblings.includes(k))) continue;
    const score = l.keys.length * 2 + (l.module === home ? 1 : 0);
    if (!best || score > best.score) best = { score, doc };
  }
  return best?.doc;
}
