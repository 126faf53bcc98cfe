/** Which translations of a province are stale, with the same fingerprints as the content check and `npm run translations`. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translationStatus } from '../editor/translation-status.ts';
import { isRecord } from '../lib/is-record.ts';
import { readContentFiles } from './content-files.ts';
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
 * `compute()`, remembered in `file` under `key`: the ids of the last build when the key is the
 * same, else computed and remembered. Reading and parsing every content file again took 2.4 s of a
 * 2,000-entry rebuild that copies every page (docs/benchmarks.md, sixth round). No file: computed.
 */
export function rememberedStaleIds(file: string | undefined, key: string, compute: () => string[]): string[] {
  if (!file) return compute();
  const memo = readMemo(file);
  if (memo?.key === key) return memo.ids;
  const ids = compute();
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: a build stopped while writing leaves the last memo or none, never half of one.
  writeFileSync(`${file}.tmp`, JSON.stringify({ key, ids }));
  renameSync(`${file}.tmp`, file);
  return ids;
}

function readMemo(file: string): { key: string; ids: string[] } | undefined {
  let memo: unknown;
  try {
    memo = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // none yet, or cut off: computed again
  }
  if (!isRecord(memo) || typeof memo.key !== 'string' || !Array.isArray(memo.ids)) return undefined;
  const ids = memo.ids.filter((id): id is string => typeof id === 'string');
  return ids.length === memo.ids.length ? { key: memo.key, ids } : undefined;
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
