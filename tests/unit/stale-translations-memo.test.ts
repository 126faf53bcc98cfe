import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  rememberedStaleIds,
  staleCodeIdentity,
  staleTranslationIds,
  staleTranslationsOf,
} from '../../src/node/stale-translations.ts';
import type { StaleJudge } from '../../src/lib/stale-memo.ts';

const fixtureContent = join(import.meta.dirname, '../fixtures/content');

const folders: string[] = [];
const memoIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-memo-'));
  folders.push(dir);
  return join(dir, 'cache', 'stale-translations.json');
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pieces = [
  { id: 'press/tin-1', key: 'a1' },
  { id: 'places/bien-ho', key: 'b1' },
];

/** A judge that counts the pieces it was asked about and finds `stale` of them. */
function counted(stale: Record<string, string[]>) {
  const asked: string[] = [];
  const judge: StaleJudge = (ids) => {
    asked.push(...ids);
    return new Map(ids.map((id) => [id, stale[id] ?? []]));
  };
  return { asked, judge };
}

describe('remembered stale translations', () => {
  it('judges once and reads the ids back when no piece changed (a rebuild with no content change)', () => {
    const file = memoIn();
    const { asked, judge } = counted({ 'press/tin-1': ['press/en/tin-1'], 'places/bien-ho': ['places/km/bien-ho'] });
    expect(rememberedStaleIds(file, 'c1', pieces, judge)).toEqual(['places/km/bien-ho', 'press/en/tin-1']);
    expect(rememberedStaleIds(file, 'c1', pieces, judge)).toEqual(['places/km/bien-ho', 'press/en/tin-1']);
    expect(asked).toEqual(['press/tin-1', 'places/bien-ho']);
  });

  it('judges again only the piece that changed, and everything when the code changes', () => {
    const file = memoIn();
    rememberedStaleIds(file, 'c1', pieces, counted({ 'press/tin-1': ['press/en/tin-1'] }).judge);
    const one = counted({});
    const edited = [pieces[0]!, { id: 'places/bien-ho', key: 'b2' }];
    expect(rememberedStaleIds(file, 'c1', edited, one.judge)).toEqual(['press/en/tin-1']);
    expect(one.asked).toEqual(['places/bien-ho']);
    const all = counted({});
    expect(rememberedStaleIds(file, 'c2', edited, all.judge)).toEqual([]);
    expect(all.asked).toEqual(['press/tin-1', 'places/bien-ho']);
  });

  it('judges everything when the memo is cut off or of another shape, and without a memo file at all', () => {
    const file = memoIn();
    rememberedStaleIds(file, 'c1', pieces, counted({}).judge);
    writeFileSync(file, '{"code":"c1","pieces":{"press/tin-1":{"key":"a1","ids":["press/en/ti');
    const cut = counted({});
    rememberedStaleIds(file, 'c1', pieces, cut.judge);
    writeFileSync(file, JSON.stringify({ key: 'c1', ids: [] }));
    const old = counted({});
    rememberedStaleIds(file, 'c1', pieces, old.judge);
    const none = counted({});
    rememberedStaleIds(undefined, 'c1', pieces, none.judge);
    rememberedStaleIds(undefined, 'c1', pieces, none.judge);
    expect([cut.asked.length, old.asked.length, none.asked.length]).toEqual([2, 2, 4]);
  });

  it('finds in the files of the pieces asked about the same stale translations as over every file', () => {
    const root = mkdtempSync(join(tmpdir(), 'stale-content-'));
    folders.push(root);
    cpSync(fixtureContent, root, { recursive: true });
    // The English piece records its source's fingerprint: the Vietnamese source gets a new sentence.
    appendFileSync(join(root, 'fixture/places/vi/thac-mau.md'), '\nMột câu mới.\n');
    const province = { id: 'fixture', locales: ['vi', 'en', 'km', 'ko'] };
    expect(staleTranslationIds(province, root)).toEqual(['places/en/thac-mau']);
    const files = ['fixture/places/vi/thac-mau.md', 'fixture/places/en/thac-mau.md'];
    expect([...staleTranslationsOf(province, root, files)]).toEqual([['places/thac-mau', ['places/en/thac-mau']]]);
    expect(staleTranslationsOf(province, root, ['fixture/press/vi/thong-cao.md']).size).toBe(0);
  });

  it('names the code that judges staleness by a digest that stays the same within one build', () => {
    expect(staleCodeIdentity()).toMatch(/^[0-9a-f]{16}$/);
    expect(staleCodeIdentity()).toBe(staleCodeIdentity());
  });
});
