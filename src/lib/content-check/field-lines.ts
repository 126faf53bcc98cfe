/**
 * The line of a field in the file, from the positions the YAML parser keeps, so a message (and a
 * CI annotation) points at `content/…/x.md:12`. A field that is missing points at the field that
 * should hold it; a missing top-level field points at the closing "---" of the front matter, just
 above which the editor adds it (in a .yaml file it has no line).
 */
import { LineCounter, isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

export type FieldLines = (field: string) => number | undefined;

/** "tasks[2].partners[1]" → ["tasks", 1, "partners", 0]: the message path back to keys and positions from 0. */
function keysOf(field: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of field.split('.')) {
    const [name, ...positions] = part.split('[');
    if (name) keys.push(name);
    for (const p of positions) keys.push(Number(p.replace(']', '')) - 1);
  }
  return keys;
}

/**
 * Lines of the fields of one parsed document. `firstLine` is the file line the YAML starts on
 * (2 in front matter, after "---"; 1 in a .yaml file); `addAt` is the line a missing top-level
 * field is added at (the closing "---" of front matter).
 */
export function fieldLines(doc: Document, counter: LineCounter, firstLine: number, addAt?: number): FieldLines {
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return (field) => {
    if (field.startsWith('(')) return undefined;
    let node: Node | null | undefined = doc.contents;
    let line: number | undefined;
    for (const key of keysOf(field)) {
      if (isMap(node)) {
        const pair: Pair | undefined = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = isNode(pair.value) ? pair.value : undefined;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (!isNode(item)) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line ?? addAt;
  };
}

export { LineCounter };
