/** Finds and validates the province configs under content/ (used by astro.config and scripts). */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { provinceSchema, type Province } from '../schemas/province.ts';
import { issuesToProblems, formatProblem } from '../lib/format-issues.ts';
import { vi } from '../lib/content-check/messages/vi.ts';
import { readYaml } from './read-yaml.ts';
import { isSlug, provinceIdOrThrow } from '../lib/safety/names.ts';

export const repoRoot = resolve(new URL('../..', import.meta.url).pathname);
export const contentRoot = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(repoRoot, 'content');

export interface ProvinceConfig extends Province {
  id: string;
}

/**
 * Every folder of content/ that holds a province.yaml, sorted, split by whether its name is a
 * valid province id; benchmark scratch provinces (bench-*, never committed) only when named.
 */
export function provinceFolders(root = contentRoot): { ids: string[]; badNames: string[] } {
  const names = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('bench-') && existsSync(join(root, d.name, 'province.yaml')))
    .map((d) => d.name)
    .sort();
  return { ids: names.filter(isSlug), badNames: names.filter((n) => !isSlug(n)) };
}

/**
 * The provinces to build and check. A folder whose name is not a valid id is never used in a
 * path or a command: the content check reports it, the CI listing refuses the run.
 */
export function listProvinceIds(root = contentRoot): string[] {
  return provinceFolders(root).ids;
}

export function loadProvince(id: string, root = contentRoot): ProvinceConfig {
  provinceIdOrThrow(id);
  // Read nothing through a link: the content check refuses links, but this runs before it.
  const folder = join(root, id);
  if (existsSync(folder) && lstatSync(folder).isSymbolicLink())
    throw new Error(
      `content/${id}: (thư mục): thư mục tỉnh là một liên kết (symlink) — hãy đặt nội dung thật của tỉnh vào content/${id}/`,
    );
  const file = join(folder, 'province.yaml');
  if (!existsSync(file))
    throw new Error(
      `content/${id}/province.yaml: (${vi.parts['(file)']}): ${vi.noSuchProvince(id, listProvinceIds(root))}`,
    );
  const parsed = provinceSchema.safeParse(readYaml(file), { reportInput: true });
  if (!parsed.success) {
    const lines = issuesToProblems(`content/${id}/province.yaml`, parsed.error.issues).map((p) => formatProblem(p));
    throw new Error(`${vi.buildStopped(lines.length)}\n${lines.join('\n')}`);
  }
  return { id, ...parsed.data };
}

/** The province named by PROVINCE, else the one marked default: true. */
export function selectedProvinceId(): string {
  if (process.env.PROVINCE) return provinceIdOrThrow(process.env.PROVINCE);
  const ids = listProvinceIds();
  const [marked, ...more] = ids.filter((id) => loadProvince(id).default);
  if (marked === undefined || more.length)
    throw new Error(
      `content/*/province.yaml: default: ${marked === undefined ? 0 : 1 + more.length} provinces are marked default — expected exactly one (or set PROVINCE)`,
    );
  return marked;
}
