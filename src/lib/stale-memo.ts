/**
 * The stale translations of a build, remembered piece by piece: a piece (a Vietnamese source and
 * its translations) is judged again only when one of its files changed, so a rebuild after one
 * edit reads and parses that piece's files, not every content file of the province.
 */
import { isRecord } from './is-record.ts';

/** A prose piece as the build sees it: its id ("press/tin-1") and a key over its files' digests. */
export interface KeyedPiece {
  id: string;
  key: string;
}

/** What a build keeps: the code that judged, and each piece's key with its stale ids ("press/en/tin-1"). */
export interface StaleMemo {
  code: string;
  pieces: Record<string, { key: string; ids: string[] }>;
}

/** Judges these pieces; returns the stale ids of each (none: not in the map or an empty list). */
export type StaleJudge = (pieces: readonly string[]) => ReadonlyMap<string, readonly string[]>;

/**
 * Every stale id of `pieces`: kept from `memo` where the code and the piece's key are the same,
 * judged by `judge` (in one call, only those) otherwise. Returns them sorted, the memo to keep
 * (the pieces of this build only: a deleted piece is forgotten) and the pieces judged.
 */
export function staleIdsPerPiece(
  memo: StaleMemo | undefined,
  code: string,
  pieces: readonly KeyedPiece[],
  judge: StaleJudge,
): { ids: string[]; memo: StaleMemo; judged: string[] } {
  const previous = memo?.code === code ? memo.pieces : {};
  const judged = pieces.filter((p) => previous[p.id]?.key !== p.key).map((p) => p.id);
  const fresh = judged.length > 0 ? judge(judged) : new Map<string, readonly string[]>();
  const again = new Set(judged);
  const next: StaleMemo = { code, pieces: {} };
  for (const { id, key } of pieces) {
    const ids = again.has(id) ? [...(fresh.get(id) ?? [])] : (previous[id]?.ids ?? []);
    next.pieces[id] = { key, ids };
  }
  return {
    ids: Object.values(next.pieces)
      .flatMap((p) => p.ids)
      .sort(),
    memo: next,
    judged,
  };
}

/** A memo read back from JSON, or undefined when it is not one (cut off, or of another shape). */
export function parseStaleMemo(value: unknown): StaleMemo | undefined {
  if (!isRecord(value) || typeof value.code !== 'string' || !isRecord(value.pieces)) return undefined;
  const pieces: StaleMemo['pieces'] = {};
  for (const [id, piece] of Object.entries(value.pieces)) {
    if (!isRecord(piece) || typeof piece.key !== 'string' || !Array.isArray(piece.ids)) return undefined;
    const ids = piece.ids.filter((i): i is string => typeof i === 'string');
    if (ids.length !== piece.ids.length) return undefined;
    pieces[id] = { key: piece.key, ids };
  }
  return { code: value.code, pieces };
}
