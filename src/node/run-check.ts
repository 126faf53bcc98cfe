/** Runs the content check on content/ (all provinces, or some) and formats the result for a terminal. */
import { checkContent } from '../lib/content-check/check.ts';
import type { CheckResult, ProvinceInfo } from '../lib/content-check/types.ts';
import { formatProblem } from '../lib/format-issues.ts';
import { contentRoot, listProvinceIds } from './provinces.ts';
import { readContentFiles } from './content-files.ts';
import { readYaml } from './read-yaml.ts';
import { join } from 'node:path';

export function runContentCheck(only?: readonly string[]): CheckResult {
  const provinces = new Map<string, ProvinceInfo>();
  for (const id of only ?? listProvinceIds()) {
    const data = readYaml(join(contentRoot, id, 'province.yaml')) as { locales?: unknown };
    const locales = Array.isArray(data?.locales) ? (data.locales as string[]) : ['vi'];
    provinces.set(id, { id, locales });
  }
  return checkContent(readContentFiles(contentRoot, only), provinces);
}

export function formatCheck(result: CheckResult): string {
  const lines = [...result.errors.map((p) => `✗ ${formatProblem(p)}`), ...result.warnings.map((p) => `! ${formatProblem(p)}`)];
  return lines.join('\n');
}
