import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/lib/dictionary.ts';
import { splitAtSlot } from '../../src/lib/split-at-slot.ts';

describe('splitAtSlot', () => {
  it('cuts a sentence where its placeholder goes, wherever the language puts it', () => {
    expect(
      splitAtSlot((by) => interpolate('Số {number} ngày {date} của {by}', { number: '1', date: '2/1', by })),
    ).toEqual(['Số 1 ngày 2/1 của ', '']);
    expect(
      splitAtSlot((by) => interpolate('{by}의 {date} 자 결정 제{number}호', { number: '1', date: '2/1', by })),
    ).toEqual(['', '의 2/1 자 결정 제1호']);
  });

  it('throws on a sentence that drops the placeholder or repeats it', () => {
    expect(() => splitAtSlot(() => 'Decision 1')).toThrow(/placeholder once/);
    expect(() => splitAtSlot((by) => `${by} and ${by}`)).toThrow(/placeholder once/);
  });
});
