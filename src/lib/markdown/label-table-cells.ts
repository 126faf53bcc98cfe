/**
 * After the sanitizer: each body cell of a content table carries its column's name
 * (`data-label`, the text of the header cell above it), so a narrow screen can show every row as a
 * card of "name: value" lines with CSS alone (`td::before { content: attr(data-label) }`) instead
 * of a table scrolling sideways. Tables without a header row are left as they are.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export function labelTableCells(root: Root): Root {
  return { ...root, children: root.children.map(visit) };
}

function visit<T extends RootContent | ElementContent>(node: T): T {
  if (node.type !== 'element') return node;
  if (node.tagName === 'table') return { ...node, children: labeledRows(node) };
  return { ...node, children: node.children.map(visit) };
}

const elements = (node: Element, tagName: string): Element[] =>
  node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** The table's children with each body cell labelled; as they are when the table has no header row. */
function labeledRows(table: Element): ElementContent[] {
  const headerRow = elements(table, 'thead').flatMap((head) => elements(head, 'tr'))[0];
  const names = headerRow ? elements(headerRow, 'th').map((th) => textOf(th).replace(/\s+/g, ' ').trim()) : [];
  if (!names.some(Boolean)) return table.children;
  const labelRow = (tr: Element): Element => {
    let column = 0;
    return {
      ...tr,
      children: tr.children.map((cell) => {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) return cell;
        const name = names[column++];
        return cell.tagName === 'td' && name ? { ...cell, properties: { ...cell.properties, dataLabel: name } } : cell;
      }),
    };
  };
  return table.children.map((part) =>
    part.type === 'element' && part.tagName === 'tbody'
      ? {
          ...part,
          children: part.children.map((tr) => (tr.type === 'element' && tr.tagName === 'tr' ? labelRow(tr) : tr)),
        }
      : part,
  );
}
