import { describe, expect, it } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { labelTableCells } from '../../src/lib/markdown/label-table-cells.ts';

const el = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const row = (tag: string, cells: ElementContent[][]) =>
  el(
    'tr',
    cells.map((c) => el(tag, c)),
  );

/** The data-label of each body cell, row by row. */
const labels = (root: Root) => {
  const table = root.children[0] as Element;
  const body = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tbody')!;
  return body.children.map((tr) => (tr as Element).children.map((td) => (td as Element).properties.dataLabel));
};

describe('labelTableCells', () => {
  it("gives each body cell its column's header text", () => {
    const table = el('table', [
      el('thead', [
        row('th', [[text('Họ và tên')], [text('Điện thoại')], [el('strong', [text('Thư ')]), text(' điện tử')]]),
      ]),
      el('tbody', [row('td', [[text('A')], [text('0256')], [text('a@b.vn')]]), row('td', [[text('B')], [], []])]),
    ]);
    expect(labels(labelTableCells({ type: 'root', children: [table] }))).toEqual([
      ['Họ và tên', 'Điện thoại', 'Thư điện tử'],
      ['Họ và tên', 'Điện thoại', 'Thư điện tử'],
    ]);
  });

  it('leaves a table without a header row as it is, and finds tables inside other elements', () => {
    const bare = el('table', [el('tbody', [row('td', [[text('A')]])])]);
    expect(labelTableCells({ type: 'root', children: [bare] }).children[0]).toEqual(bare);
    const nested = el('div', [
      el('table', [el('thead', [row('th', [[text('Tên')]])]), el('tbody', [row('td', [[text('A')]])])]),
    ]);
    const out = labelTableCells({ type: 'root', children: [nested] });
    expect(labels({ type: 'root', children: [(out.children[0] as Element).children[0] as Element] })).toEqual([
      ['Tên'],
    ]);
  });
});
