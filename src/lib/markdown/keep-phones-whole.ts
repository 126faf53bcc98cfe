/**
 * After the sanitizer: a table cell whose text is only a phone number keeps it on one line
 * (no-break spaces, src/lib/contact-breaks.ts), as a contacts table in an about page is read on a
 * phone. Only text changes; no element or attribute is added.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { phoneKeptWhole } from '../contact-breaks.ts';

export function keepPhonesWhole(root: Root): Root {
  return { ...root, children: root.children.map((node) => visit(node, false)) };
}

function visit<T extends RootContent | ElementContent>(node: T, inCell: boolean): T {
  if (node.type === 'text') return inCell ? { ...node, value: phoneKeptWhole(node.value) } : node;
  if (node.type !== 'element') return node;
  const cell = inCell || node.tagName === 'td' || node.tagName === 'th';
  return { ...node, children: node.children.map((child) => visit(child, cell)) };
}
