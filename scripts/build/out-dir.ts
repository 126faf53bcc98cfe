/**
 * `--out` names the folder a build replaces as a whole (its old content is deleted), so it may
 * not be the repository, the content, a folder holding either, or a folder of the repository's
 * own files (`--out src` would delete the code).
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';

const inside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

export interface OutDirContext {
  repoRoot: string;
  contentRoot: string;
  /** Whether git tracks files under this top-level folder of the repository. */
  tracked: (top: string) => boolean;
}

/** Why the build may not replace `target`, in Vietnamese, or undefined. */
export function outDirProblem(
  target: string,
  shown: string,
  { repoRoot, contentRoot, tracked }: OutDirContext,
): string | undefined {
  const instead = 'chọn một thư mục riêng cho trang đã dựng, ví dụ --out dist';
  if (inside(repoRoot, target) || inside(contentRoot, target))
    return `--out: "${shown}" chứa mã nguồn hoặc nội dung — ${instead}`;
  if (inside(target, contentRoot)) return `--out: "${shown}" nằm trong thư mục nội dung — ${instead}`;
  if (inside(target, repoRoot)) {
    // split gives at least one part, the first folder under the repository.
    const [top = ''] = relative(repoRoot, target).split(sep);
    if (tracked(top))
      return `--out: "${shown}" thuộc thư mục "${top}" của kho mã (mã nguồn, không phải nơi ghi trang) — ${instead}`;
  }
  return undefined;
}

/**
 * Astro builds a province into `<its cache>.site` and writes its server chunks beside that folder
 * when it judges it inside the working folder, which it decides by comparing strings
 * (`getOutDirWithinCwd` in astro/dist/core/build/common.js): a cache at `/srv/portal-cache` counts
 * as inside a repository at `/srv/portal`, and its chunks then fail with "Cannot find package …"
 * (no node_modules above them). Why the cache may not lie there, in Vietnamese, or undefined.
 */
export function cacheDirProblem(siteFolder: string, shown: string, repoRoot: string): string | undefined {
  if (inside(siteFolder, repoRoot) || !siteFolder.startsWith(repoRoot)) return undefined;
  return `PORTAL_CACHE_DIR: "${shown}" nằm ngoài kho mã nhưng đường dẫn lại bắt đầu bằng đường dẫn của kho (${repoRoot}), nên Astro coi nó là ở trong kho và bản dựng sẽ hỏng — đặt bộ nhớ đệm trong kho (ví dụ PORTAL_CACHE_DIR=.portal-cache) hoặc ở một thư mục có tên khác hẳn (ví dụ /tmp/portal-cache)`;
}

/** Asks git (when there is one) whether it tracks files under `top`. */
export function trackedByGit(repoRoot: string): (top: string) => boolean {
  return (top) => {
    try {
      return (
        execFileSync('git', ['ls-files', '--', top], {
          cwd: repoRoot,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).length > 0
      );
    } catch {
      return false; // no git (an unpacked archive): the other rules still hold
    }
  };
}
