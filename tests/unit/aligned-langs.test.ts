import { describe, expect, it } from 'vitest';
import { alignedLangs } from '../../src/lib/aligned-langs.ts';

describe('the language of each item of an aligned list', () => {
  it('is the translation’s where it has the item, Vietnamese after its list ends', () => {
    expect(alignedLangs([{ items: ['Publish the bulletin'] }], 3, 'en')).toEqual(['en', 'vi', 'vi']);
  });
  it('is Vietnamese throughout when the translation has no such list, or the page shows the source', () => {
    expect(alignedLangs(undefined, 2, 'en')).toEqual(['vi', 'vi']);
    expect(alignedLangs([{ title: 'x' }], 1, 'vi')).toEqual(['vi']);
  });
});
