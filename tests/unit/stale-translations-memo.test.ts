import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rememberedStaleIds, staleCodeIdentity } from '../../src/node/stale-translations.ts';

const folders: string[] = [];
const memoIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stale-memo-'));
  folders.push(dir);
  return join(dir, 'cache', 'stale-translations.json');
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A compute function that counts its calls. */
function counted(ids: string[]) {
  const calls = { count: 0 };
  return { calls, compute: () => (calls.count++, ids) };
}

describe('remembered stale translations', () => {
  it('computes once and reads the ids back under the same key (a rebuild with no content change)', () => {
    const file = memoIn();
    const { calls, compute } = counted(['press/en/tin-1', 'places/km/bien-ho']);
    expect(rememberedStaleIds(file, 'k1', compute)).toEqual(['press/en/tin-1', 'places/km/bien-ho']);
    expect(rememberedStaleIds(file, 'k1', compute)).toEqual(['press/en/tin-1', 'places/km/bien-ho']);
    expect(calls.count).toBe(1);
  });

  it('computes again when the key changes (a content or code change), and remembers the new ids', () => {
    const file = memoIn();
    rememberedStaleIds(file, 'k1', () => ['press/en/tin-1']);
    const { calls, compute } = counted([]);
    expect(rememberedStaleIds(file, 'k2', compute)).toEqual([]);
    expect(rememberedStaleIds(file, 'k2', compute)).toEqual([]);
    expect(calls.count).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ key: 'k2', ids: [] });
  });

  it('computes when the memo is cut off or not a list of ids, and without a memo file at all', () => {
    const file = memoIn();
    rememberedStaleIds(file, 'k1', () => ['press/en/tin-1']);
    writeFileSync(file, '{"key":"k1","ids":["press/en/ti');
    const cut = counted(['press/en/tin-2']);
    expect(rememberedStaleIds(file, 'k1', cut.compute)).toEqual(['press/en/tin-2']);
    writeFileSync(file, JSON.stringify({ key: 'k1', ids: [1] }));
    const wrong = counted(['press/en/tin-3']);
    expect(rememberedStaleIds(file, 'k1', wrong.compute)).toEqual(['press/en/tin-3']);
    const none = counted(['press/en/tin-4']);
    expect(rememberedStaleIds(undefined, 'k1', none.compute)).toEqual(['press/en/tin-4']);
    expect(rememberedStaleIds(undefined, 'k1', none.compute)).toEqual(['press/en/tin-4']);
    expect([cut.calls.count, wrong.calls.count, none.calls.count]).toEqual([1, 1, 2]);
  });

  it('names the code that judges staleness by a digest that stays the same within one build', () => {
    expect(staleCodeIdentity()).toMatch(/^[0-9a-f]{16}$/);
    expect(staleCodeIdentity()).toBe(staleCodeIdentity());
  });
});
