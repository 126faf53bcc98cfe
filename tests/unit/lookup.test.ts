import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/lib/lookup.ts';

describe('lookup', () => {
  const units = new Map([['so-ngoai-vu', { name: 'Sở Ngoại vụ' }]]);

  it('returns the value of a key that is there', () => {
    expect(lookup(units, 'so-ngoai-vu', 'issuer')).toEqual({ name: 'Sở Ngoại vụ' });
  });

  it('throws naming the key and where it was looked up when it is missing', () => {
    expect(() => lookup(units, 'so-khong-co', 'plans/ke-hoach-1: issuer')).toThrow(
      'plans/ke-hoach-1: issuer: "so-khong-co" not found',
    );
  });
});
