import { describe, expect, it } from 'vitest';
import { KIND_NAMES, kindFromWord } from '../../src/editor/entry-kinds.ts';
import { conceptNames } from '../../src/schemas/registry.ts';

describe('entry kind words', () => {
  it('name one kind each, so the order kindFromWord searches in does not matter', () => {
    const words = Object.values(KIND_NAMES).flatMap((k) => k.words.map((w) => w.toLowerCase()));
    expect(new Set(words).size).toBe(words.length);
  });
  it('find the kind of each of its words, whatever the case and spaces', () => {
    for (const n of conceptNames)
      for (const w of KIND_NAMES[n].words) expect(kindFromWord(` ${w.toUpperCase()} `)).toBe(n);
    expect(kindFromWord('nothing')).toBeUndefined();
  });
});
