/** The stylesheets made from a province's data (its colour, its pictures' placeholders) instead of inline styles. */
import { describe, expect, it } from 'vitest';
import { placeholderClass, placeholderRules } from '../../src/lib/images/placeholder.ts';
import { themeStylesheet } from '../../src/lib/theme-stylesheet.ts';

describe('generated stylesheets', () => {
  it('set the province colour, and refuse anything but #rrggbb', () => {
    expect(themeStylesheet('#0b5394')).toBe('html:root{--portal-brand:#0b5394}\n');
    expect(() => themeStylesheet('red}body{display:none')).toThrow(/#rrggbb/);
  });
  it('give each picture a class with its colour, sorted, and refuse a colour that is not #rrggbb', () => {
    expect(placeholderClass('images/Hat Xoan.JPG')).toBe('portal-ph--hat-xoan-jpg');
    expect(
      placeholderRules(
        new Map([
          ['images/b.png', '#000000'],
          ['images/a.jpg', '#A3341F'],
        ]),
      ),
    ).toBe('.portal-ph--a-jpg{background-color:#A3341F}\n.portal-ph--b-png{background-color:#000000}\n');
    expect(() => placeholderRules(new Map([['images/a.jpg', '#fff}*{x:y']]))).toThrow(/not #rrggbb/);
  });
});
