/** Runs the content check on content/ (all provinces, or some) and formats the result for a terminal. */
import { checkContent } from '../editor/content-check/check.ts';
import type { CheckResult, ProvinceInfo } from '../lib/content-check/types.ts';
import { vi, type Messages } from '../lib/content-check/messages/index.ts';
import { formatCheck as formatFindings } from '../lib/content-check/report.ts';
import { contentRoot, listProvinceIds } from './provinces.ts';
import { readContentFiles } from './content-files.ts';
import { textOf } from '../editor/content-check/file-problems.ts';
import { parseEntry } from '../lib/content-check/parse-entry.ts';
import { useBuildDateWindow } from './date-window.ts';
import { buildDate } from './build-date.ts';
import { onceParsedWork, type PerFileWork } from '../editor/content-check/per-file-work.ts';

/**
 * `root` is content/ (CONTENT_DIR) unless a test names another folder; `work` is the per-file work,
 * kept between builds by the build (src/node/check-memo.ts) and done afresh by `npm run check`.
 */
export function runContentCheck(
  only?: readonly string[],
  m: Messages = vi,
  root = contentRoot,
  work: PerFileWork = onceParsedWork(),
): CheckResult {
  useBuildDateWindow();
  // Provinces are read from the files the check lists (links never followed, bytes decoded
  // strictly), not read a second time from disk.
  const files = readContentFiles(root, only);
  const provinces = new Map<string, ProvinceInfo>();
  for (const id of only ?? listProvinceIds(root)) {
    const file = files.find((f) => f.path === `${id}/province.yaml`);
    const read = file && !file.special ? textOf(file) : undefined;
    const parsed = file && read && 'text' in read ? parseEntry(file.path, read.text) : undefined;
    const data = parsed && 'data' in parsed ? parsed.data : {};
    const locales = Array.isArray(data.locales)
      ? data.locales.filter((l): l is string => typeof l === 'string')
      : ['vi'];
    provinces.set(id, { id, locales, logo: typeof data.logo === 'string' ? data.logo : undefined });
  }
  return checkContent(files, provinces, m, buildDate(), work);
}

/** One line per finding, in the catalogue's language (Vietnamese unless asked otherwise). */
export function formatCheck(result: CheckResult, m: Messages = vi): string {
  return formatFindings(result, m);
}
