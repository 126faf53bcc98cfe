import { describe, expect, it } from 'vitest';
import { isVietnameseBlock, languageShare } from '../../src/lib/language-share.ts';

describe('the share of Vietnamese in a page’s text', () => {
  it('judges a block by the letters of its words, not by a name inside it', () => {
    expect(isVietnameseBlock('Sở Ngoại vụ xuất bản Tập san Thông tin đối ngoại tỉnh Gia Lai')).toBe(true);
    expect(
      isVietnameseBlock(
        'The Department of Foreign Affairs publishes the bulletin Tập san Thông tin đối ngoại every quarter of the year for readers abroad',
      ),
    ).toBe(false);
    expect(isVietnameseBlock('Contents')).toBe(false);
  });

  it('weighs blocks by their letters', () => {
    const share = languageShare(['Tiếp tục hoàn thiện', 'Keep improving']);
    expect(share.letters).toBe(16 + 13);
    expect(share.vietnameseLetters).toBe(16);
    expect(share.share).toBeCloseTo(16 / 29);
    expect(languageShare([]).share).toBe(0);
  });
});
