import { describe, expect, it } from 'vitest';
import { pageFontStylesheet, SHARED_SHARE, splitByPage } from '../../src/lib/fonts/split-by-page.ts';

const codes = (text: string) => new Set([...text].map((ch) => ch.codePointAt(0)!));
const text = (list: number[]) => String.fromCodePoint(...list);

describe('splitByPage', () => {
  // Four pages sharing the navigation ("메뉴"), three a word ("장소"), two another ("노래").
  const pages = [codes('메뉴 장소 노래'), codes('메뉴 장소 노래'), codes('메뉴 장소 보도'), codes('메뉴 계획')];
  const face = [...codes('메뉴장소노래보도계획검색')]; // 검색: only a script shows it
  const { shared, rest, own } = splitByPage(pages, face);
  const sorted = (s: string) => [...s].sort().join('');

  it('shares the characters at least three pages in four show', () => {
    expect(SHARED_SHARE).toBe(0.75);
    expect(text(shared)).toBe(sorted('메뉴장소'));
  });
  it('gives each page only its other characters, in order, and nothing outside the face (the space)', () => {
    expect(own.map(text)).toEqual([sorted('노래'), sorted('노래'), sorted('보도'), sorted('계획')]);
  });
  it('keeps every character of the face not shared in the rest, including what only scripts show', () => {
    expect(text(rest)).toBe([...'노래보도계획검색'].sort().join(''));
    expect(new Set([...shared, ...rest])).toEqual(new Set(face));
  });
  it('shares everything a single page shows', () => {
    expect(splitByPage([codes('한국')], codes('한국어')).shared).toEqual([...codes('한국')].sort((a, b) => a - b));
  });
});

describe('pageFontStylesheet', () => {
  it("names one stylesheet per page path beside the locale's, the same on every build", () => {
    const a = pageFontStylesheet('/fonts/ko.css', '/ko/places/hat-xoan/');
    expect(a).toMatch(/^\/fonts\/ko\/[0-9a-f]{16}\.css$/);
    expect(pageFontStylesheet('/fonts/ko.css', '/ko/places/hat-xoan/')).toBe(a);
    expect(pageFontStylesheet('/fonts/ko.css', '/ko/places/')).not.toBe(a);
    expect(pageFontStylesheet('/repo/fonts/ko.css', '/repo/ko/')).toMatch(/^\/repo\/fonts\/ko\/[0-9a-f]{16}\.css$/);
  });
});
