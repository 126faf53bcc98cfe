/** Which translations of a province are stale, with the same fingerprints as the content check and `npm run translations`. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translationStatus } from '../editor/translation-status.ts';
import { isRecord } from '../lib/is-record.ts';
import { readContentFiles } from './content-files.ts';
import { decodeUtf8 } from '../lib/safety/utf8.ts';
import type { ContentFile } from '../lib/content-check/types.ts';
import {
  parseStaleMemo,
  staleIdsPerPiece,
  type KeyedPiece,
  type StaleJudge,
  type StaleMemo,
} from '../lib/stale-memo.ts';
import { contentRoot } from './provinces.ts';

/** "press/en/slug" for every translation whose Vietnamese source changed after it was stamped. */
export function staleTranslationIds(
  province: { id: string; locales: readonly string[] },
  root = contentRoot,
): string[] {
  const rows = translationStatus(
    readContentFiles(root, [province.id]),
    new Map([[province.id, { id: province.id, locales: province.locales }]]),
  );
  return rows.filter((r) => r.state === 'stale').map((r) => `${r.concept}/${r.locale}/${r.slug}`);
}

/**
 * Where a build's pages find the memo of the stale ids (src/data/entries.ts): set by the portal
 * integration for `astro build` only, read at run time like the build date, so that the memo's
 * place is no part of the pages' code.
 */
export const STALE_MEMO_VARIABLE = 'PORTAL_STALE_TRANSLATIONS_MEMO';

/**
 * The stale translations of these files only (paths relative to `root`, as content/ lays them out),
 * by piece ("press/tin-1" → ["press/en/tin-1"]): what a rebuild judges again after an edit.
 */
export function staleTranslationsOf(
  province: { id: string; locales: readonly string[] },
  root: string,
  paths: readonly string[],
): Map<string, string[]> {
  // Read as they are judged, so that no more than one file's text is held at a time.
  function* files(): Generator<ContentFile> {
    for (const path of paths) {
      const decoded = decodeUtf8(readFileSync(join(root, path)));
      yield 'text' in decoded ? { path, text: decoded.text } : { path };
    }
  }
  const byPiece = new Map<string, string[]>();
  const rows = translationStatus(files(), new Map([[province.id, { id: province.id, locales: province.locales }]]));
  for (const r of rows.filter((row) => row.state === 'stale')) {
    const piece = `${r.concept}/${r.slug}`;
    byPiece.set(piece, [...(byPiece.get(piece) ?? []), `${r.concept}/${r.locale}/${r.slug}`]);
  }
  return byPiece;
}

/**
 * The stale ids of `pieces`, remembered in `file` piece by piece (src/lib/stale-memo.ts): `judge`
 * sees only the pieces whose files changed since the last build (every piece on the first build,
 * or after a change of `code`). Reading and parsing every content file again took 2.4 s of a
 * 2,000-entry rebuild (docs/benchmarks.md, sixth round). No file: every piece judged.
 */
export function rememberedStaleIds(
  file: string | undefined,
  code: string,
  pieces: readonly KeyedPiece[],
  judge: StaleJudge,
): string[] {
  const { ids, memo, judged } = staleIdsPerPiece(file ? readMemo(file) : undefined, code, pieces, judge);
  // Nothing judged: the memo on disk already holds every piece (and perhaps some since deleted, harmless).
  if (!file || judged.length === 0) return ids;
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: a build stopped while writing leaves the last memo or none, never half of one.
  writeFileSync(`${file}.tmp`, JSON.stringify(memo));
  renameSync(`${file}.tmp`, file);
  return ids;
}

function readMemo(file: string): StaleMemo | undefined {
  try {
    return parseStaleMemo(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined; // none yet, or cut off: every piece judged again
  }
}

/**
 * What decides staleness besides the content: this module's code as the build bundled it (its
 * chunk holds or names by hash every project module it imports) and the YAML parser's version.
 * A change of either computes the ids again.
 */
export function staleCodeIdentity(): string {
  const self = fileURLToPath(import.meta.url);
  const yamlManifest: unknown = JSON.parse(readFileSync(createRequire(self).resolve('yaml/package.json'), 'utf8'));
  const yamlVersion = isRecord(yamlManifest) ? String(yamlManifest.version) : '';
  return createHash('sha256').update(readFileSync(self)).update(`\0yaml@${yamlVersion}`).digest('hex').slice(0, 16);
}
