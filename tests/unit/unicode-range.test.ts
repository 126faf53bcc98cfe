import { it, expect } from 'vitest';
import { coversAny, parseUnicodeRange } from '../../src/lib/unicode-range.ts';

it('reads unicode-range lists, wildcards included', () => {
  expect(parseUnicodeRange('U+0000-00FF, U+0131')).toEqual([
    [0, 255],
    [0x131, 0x131],
  ]);
  expect(parseUnicodeRange('U+4??')).toEqual([[0x400, 0x4ff]]);
});

it('tells whether a font face is needed for a text, ignoring ASCII', () => {
  const khmer = parseUnicodeRange('U+1780-17FF,U+19E0-19FF,U+200C-200D,U+25CC');
  expect(coversAny(khmer, 'ភាសាខ្មែរ')).toBe(true);
  expect(coversAny(khmer, 'English')).toBe(false);
  expect(coversAny(parseUnicodeRange('U+0000-00FF'), 'abc')).toBe(false);
});
