import { describe, expect, it } from 'vitest';
import { combineKeys, dateFacts, entryKeys, type KeyedEntry } from '../../src/lib/render-keys.ts';

const site: KeyedEntry[] = [
  { id: 'places/a', digests: ['a:1', 'en/a:1'], refs: ['plans/p'] },
  { id: 'places/b', digests: ['b:1'], refs: [] },
  { id: 'plans/p', digests: ['p:1'], refs: ['plans/q', 'plans/missing'] },
  { id: 'plans/q', digests: ['q:1'], refs: [] },
];
const change = (id: string, digest: string) => site.map((e) => (e.id === id ? { ...e, digests: [digest] } : e));

describe('entryKeys', () => {
  const before = entryKeys(site, 'site-1');

  it('changes the key of the entry that changed', () => {
    expect(entryKeys(change('places/b', 'b:2'), 'site-1').get('places/b')).not.toBe(before.get('places/b'));
  });

  it('changes the key of entries that name it and that it names, and no other', () => {
    const after = entryKeys(change('plans/p', 'p:2'), 'site-1');
    expect(after.get('places/a')).not.toBe(before.get('places/a')); // a names p
    expect(after.get('plans/q')).not.toBe(before.get('plans/q')); // p names q: q's page lists p
    expect(after.get('places/b')).toBe(before.get('places/b'));
  });

  it('changes every key when the site-wide data changes', () => {
    const after = entryKeys(site, 'site-2');
    for (const e of site) expect(after.get(e.id)).not.toBe(before.get(e.id));
  });

  it('counts a translation being added', () => {
    const after = entryKeys(
      site.map((e) => (e.id === 'places/b' ? { ...e, digests: ['b:1', 'km/b:1'] } : e)),
      'site-1',
    );
    expect(after.get('places/b')).not.toBe(before.get('places/b'));
  });

  it('ignores references to entries that do not exist (the content check reports them)', () => {
    const withoutMissing = site.map((e) => (e.id === 'plans/p' ? { ...e, refs: ['plans/q'] } : e));
    expect(before.get('plans/p')).toBe(entryKeys(withoutMissing, 'site-1').get('plans/p'));
    expect(before.has('plans/missing')).toBe(false);
  });
});

describe('combineKeys', () => {
  it('depends on order and on where parts are cut', () => {
    expect(combineKeys(['a', 'b'])).not.toBe(combineKeys(['b', 'a']));
    expect(combineKeys(['ab', 'c'])).not.toBe(combineKeys(['a', 'bc']));
  });
});

describe('dateFacts', () => {
  const people = [
    { id: 'chanh-van-phong', from: '2024-01-15', to: '2026-06-30' },
    { id: 'giam-doc-so', from: '2026-07-01' },
  ];
  const facts = (day: string) => combineKeys(dateFacts(day, people));

  it('stays the same from one day to the next while nobody enters or leaves office', () => {
    expect(facts('2026-06-02')).toBe(facts('2026-06-01'));
    expect(facts('2026-06-30')).toBe(facts('2026-06-01'));
  });

  it('changes on the day a spokesperson leaves or starts, and on a new year', () => {
    expect(facts('2026-07-01')).not.toBe(facts('2026-06-30'));
    expect(facts('2027-01-01')).not.toBe(facts('2026-12-31'));
  });

  it('does not depend on the order people are listed in', () => {
    expect(combineKeys(dateFacts('2026-06-01', [...people].reverse()))).toBe(facts('2026-06-01'));
  });
});
