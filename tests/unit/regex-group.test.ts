import { describe, expect, it } from 'vitest';
import { group } from '../../src/lib/regex-group.ts';

describe('group', () => {
  it('gives the text of a capture group', () => {
    const m = /(\w+)@(\w+)/.exec('ten@donvi');
    expect(m && [group(m, 1), group(m, 2)]).toEqual(['ten', 'donvi']);
  });
  it('throws when the group did not take part in the match', () => {
    const m = /(a)|(b)/.exec('b');
    expect(m && group(m, 2)).toBe('b');
    expect(() => m && group(m, 1)).toThrow(/group 1/);
  });
});
