import { describe, expect, it } from 'vitest';
import { parseStaleMemo, staleIdsPerPiece, type StaleJudge } from '../../src/lib/stale-memo.ts';

/** A judge that records which pieces it was asked about and finds `stale` of them. */
function judgeOf(stale: Record<string, string[]>) {
  const asked: string[][] = [];
  const judge: StaleJudge = (pieces) => {
    asked.push([...pieces]);
    return new Map(pieces.filter((p) => stale[p]).map((p) => [p, stale[p] ?? []]));
  };
  return { asked, judge };
}

const pieces = [
  { id: 'press/tin-1', key: 'a1' },
  { id: 'press/tin-2', key: 'b1' },
  { id: 'places/bien-ho', key: 'c1' },
];

describe('stale translations remembered piece by piece', () => {
  it('judges every piece on the first build, then none when no file changed', () => {
    const first = judgeOf({ 'press/tin-1': ['press/en/tin-1'], 'places/bien-ho': ['places/km/bien-ho'] });
    const built = staleIdsPerPiece(undefined, 'code', pieces, first.judge);
    expect(built.ids).toEqual(['places/km/bien-ho', 'press/en/tin-1']);
    expect(first.asked).toEqual([['press/tin-1', 'press/tin-2', 'places/bien-ho']]);
    const again = judgeOf({});
    const rebuilt = staleIdsPerPiece(built.memo, 'code', pieces, again.judge);
    expect(rebuilt.ids).toEqual(built.ids);
    expect(again.asked).toEqual([]);
    expect(rebuilt.judged).toEqual([]);
  });

  it('judges again only the piece whose files changed, and keeps what it finds now', () => {
    const { memo } = staleIdsPerPiece(undefined, 'code', pieces, judgeOf({ 'press/tin-1': ['press/en/tin-1'] }).judge);
    // The editor brings tin-1's translation up to date and edits tin-2's source.
    const edited = [
      { id: 'press/tin-1', key: 'a2' },
      { id: 'press/tin-2', key: 'b2' },
      { id: 'places/bien-ho', key: 'c1' },
    ];
    const { asked, judge } = judgeOf({ 'press/tin-2': ['press/en/tin-2', 'press/km/tin-2'] });
    const rebuilt = staleIdsPerPiece(memo, 'code', edited, judge);
    expect(asked).toEqual([['press/tin-1', 'press/tin-2']]);
    expect(rebuilt.ids).toEqual(['press/en/tin-2', 'press/km/tin-2']);
    expect(rebuilt.memo.pieces['press/tin-1']).toEqual({ key: 'a2', ids: [] });
  });

  it('judges every piece again when the code changes, and forgets deleted pieces', () => {
    const { memo } = staleIdsPerPiece(undefined, 'code', pieces, judgeOf({}).judge);
    const { asked, judge } = judgeOf({});
    const rebuilt = staleIdsPerPiece(memo, 'other code', pieces.slice(0, 2), judge);
    expect(asked).toEqual([['press/tin-1', 'press/tin-2']]);
    expect(Object.keys(rebuilt.memo.pieces)).toEqual(['press/tin-1', 'press/tin-2']);
    expect(rebuilt.memo.code).toBe('other code');
  });

  it('reads a memo back only when it has the shape it was written in', () => {
    const { memo } = staleIdsPerPiece(undefined, 'code', pieces, judgeOf({ 'press/tin-1': ['press/en/tin-1'] }).judge);
    expect(parseStaleMemo(JSON.parse(JSON.stringify(memo)))).toEqual(memo);
    expect(parseStaleMemo({ key: 'k1', ids: [] })).toBeUndefined();
    expect(parseStaleMemo({ code: 'c', pieces: { 'press/tin-1': { key: 'a1', ids: [1] } } })).toBeUndefined();
    expect(parseStaleMemo({ code: 'c', pieces: { 'press/tin-1': { ids: [] } } })).toBeUndefined();
    expect(parseStaleMemo(null)).toBeUndefined();
  });
});
