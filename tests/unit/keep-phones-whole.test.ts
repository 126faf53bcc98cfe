import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { keepPhonesWhole } from '../../src/lib/markdown/keep-phones-whole.ts';

const cell = (tagName: string, value: string) => ({
  type: 'element' as const,
  tagName,
  properties: {},
  children: [{ type: 'text' as const, value }],
});

describe('keepPhonesWhole', () => {
  it('joins a phone number in a table cell, and not in a paragraph', () => {
    const root: Root = { type: 'root', children: [cell('td', '0256 0000 200'), cell('p', '0256 0000 200')] };
    const out = keepPhonesWhole(root);
    expect(
      out.children.map((n) => (n.type === 'element' && n.children[0]?.type === 'text' ? n.children[0].value : '')),
    ).toEqual(['0256\u00a00000\u00a0200', '0256 0000 200']);
  });
});
