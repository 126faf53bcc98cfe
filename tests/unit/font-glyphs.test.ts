import { describe, expect, it } from 'vitest';
import { codesIn, glyphsOfPage, unicodeRangeOf } from '../../src/lib/fonts/glyphs.ts';

const text = (codes: Set<number>) => String.fromCodePoint(...[...codes].sort((a, b) => a - b));

describe('glyphsOfPage', () => {
  const html = `<!doctype html><html lang="ko"><head><title>제목만</title><link rel="stylesheet" href="/fonts/ko.css"><link rel="icon" href="/x.svg">
    <style>.a::before { content: "樣" }</style><script>const 숨김 = 1;</script></head>
    <body><h1>흐엉</h1><img src="a.jpg" alt="노래" title="툴팁"><input placeholder="검색"><p>Xoan &amp; 푸토</p>
    <template><p>틀</p></template></body></html>`;
  const { stylesheets, chars } = glyphsOfPage(html);
  it('collects the text and the drawn attributes (alt, placeholder) of the page', () => {
    for (const ch of '흐엉노래검색Xoan&푸토틀') expect(chars.has(ch.codePointAt(0)!), ch).toBe(true);
  });
  it('leaves out what is never drawn with the page fonts: scripts, styles, the title, tooltips', () => {
    for (const ch of '숨김樣제목만툴팁') expect(chars.has(ch.codePointAt(0)!), ch).toBe(false);
  });
  it('names the stylesheets the page links, not its other links', () => {
    expect(stylesheets).toEqual(['/fonts/ko.css']);
  });
  it('reads decoded characters, not entities', () => {
    expect(text(glyphsOfPage('<p>&#xD638;&amp;</p>').chars)).toBe('&호');
  });
});

describe('unicodeRangeOf', () => {
  it('joins neighbouring code points into runs', () => {
    expect(unicodeRangeOf([0x41, 0x42, 0x43, 0xac00, 0x20, 0xac02])).toBe('U+20,U+41-43,U+AC00,U+AC02');
  });
  it('writes nothing for no code point', () => {
    expect(unicodeRangeOf([])).toBe('');
  });
});

describe('codesIn', () => {
  it('keeps the code points inside the ranges', () => {
    expect(
      codesIn(
        [
          [0xac00, 0xac10],
          [0x41, 0x41],
        ],
        [0x41, 0x42, 0xac05, 0xd000],
      ),
    ).toEqual([0x41, 0xac05]);
  });
});
