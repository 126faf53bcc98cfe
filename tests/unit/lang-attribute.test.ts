import { describe, it, expect } from 'vitest';
import { langAttribute } from '../../src/lib/lang-attribute.ts';

describe('langAttribute', () => {
  it('marks text only where its language differs from the page', () => {
    expect(langAttribute('vi', 'en')).toBe('vi');
    expect(langAttribute('vi', 'vi')).toBeUndefined();
    expect(langAttribute('en', 'km')).toBe('en');
    expect(langAttribute('km', 'km')).toBeUndefined();
    expect(langAttribute(undefined, 'en')).toBeUndefined();
  });
});
