import { describe, expect, it } from 'vitest';
import { isRecord } from '../../src/lib/is-record.ts';

describe('isRecord', () => {
  it('accepts objects with keys, and only them', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord({})).toBe(true);
    for (const other of [null, undefined, [], [1], 'a', 1, true]) expect(isRecord(other)).toBe(false);
  });
});
