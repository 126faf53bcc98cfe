import { describe, expect, it } from 'vitest';
import { ALIAS_MARK, withAliases } from '../../src/lib/search/aliases.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';

const render = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  it('marks the matched words', () => {
    expect(render(buildExcerpt('Hát Xoan Phú Thọ', [0, 1]))).toBe('[Hát] [Xoan] Phú Thọ');
  });
  it('hides aliases and marks the word a matched alias stands for', () => {
    const content = withAliases('huyện Đak Đoa tỉnh Gia Lai');
    const words = content.split(/\s+/);
    const locations = [words.indexOf(`${ALIAS_MARK}Dak`), words.indexOf(`${ALIAS_MARK}Doa`)];
    expect(render(buildExcerpt(content, locations))).toBe('huyện [Đak] [Đoa] tỉnh Gia Lai');
  });
  it('shows a window around the matches with ellipses when the text is longer', () => {
    const content = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const text = render(buildExcerpt(content, [50], 10));
    expect(text).toBe('… w45 w46 w47 w48 w49 [w50] w51 w52 w53 w54 …');
  });
  it('starts at the beginning when nothing is matched', () => {
    expect(render(buildExcerpt('a b c', []))).toBe('a b c');
  });
});

describe('buildExcerpt with the words a reader typed with their marks', () => {
  const content = 'Cửa khẩu Mẫu nằm ở phía tây của tỉnh, cửa ngõ (Cửa) Khẩu.';
  // Pagefind folds marks: "cửa" also matches "của" (word 7).
  const locations = [0, 1, 7, 9, 11, 12];
  it('marks only the words spelled as typed, not those that differ in their marks ("của" for "cửa")', () => {
    expect(render(buildExcerpt(content, locations, 30, ['cửa', 'khẩu']))).toBe(
      '[Cửa] [khẩu] Mẫu nằm ở phía tây của tỉnh, [cửa] ngõ [(Cửa)] [Khẩu.]',
    );
  });
  it('marks every match when the reader typed no marks ("cua" is any of them)', () => {
    expect(render(buildExcerpt(content, locations, 30, []))).toBe(
      '[Cửa] [khẩu] Mẫu nằm ở phía tây [của] tỉnh, [cửa] ngõ [(Cửa)] [Khẩu.]',
    );
  });
  it('keeps a match the letters do not explain (a Khmer word inside a run, an alias)', () => {
    expect(render(buildExcerpt('ខេត្តតេស្តព្រំដែន x', [0], 30, ['ព្រំដែន']))).toBe('[ខេត្តតេស្តព្រំដែន] x');
    const alias = 'huyện Đak \uE000Dak Đoa \uE000Doa';
    expect(render(buildExcerpt(alias, [2, 4], 30, ['đak', 'đoa']))).toBe('huyện [Đak] [Đoa]');
  });
});
