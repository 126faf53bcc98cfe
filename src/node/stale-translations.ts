/** Which translations of a province are stale, with the same fingerprints as the content check and `npm run translations`. */
import { translationStatus } from '../editor/translation-status.ts';
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
