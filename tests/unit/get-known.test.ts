import { describe, expect, it } from 'vitest';
import { getKnown } from '../../src/lib/get-known.ts';

describe('getKnown', () => {
  it('gives the value of a key that is there, and names the map and key of one that is not', () => {
    const m = new Map([['a', 1]]);
    expect(getKnown(m, 'a', 'counts')).toBe(1);
    expect(() => getKnown(m, 'b', 'counts')).toThrow('counts: nothing for "b"');
  });
});
