/**
 * `node scripts/deploy/pr-comment.ts --report DIR --commit SHA --pr N (--previews "id id" | --no-preview fork|not-built|disabled)`
 * prints the pull request's comment (src/lib/deploy/pr-comment.ts). DIR is the report the pull
 * request's run uploaded: check-status, check-output.txt, translations.json. Those files are data
 * from an untrusted run: only regular files are read (never through a link), each at most 1 MB.
 * Preview links are made from SITE_URL and GITHUB_REPOSITORY and the checked province ids.
 * Imports nothing from node_modules: the privileged workflow runs it without installing packages.
 */
import { lstatSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { commentBody, type CommentInput } from '../../src/lib/deploy/pr-comment.ts';
import { portalAddress, publishedRoot, pullRequestNumber } from '../../src/lib/deploy/site-address.ts';

const MAX_BYTES = 1024 * 1024;
const { values } = parseArgs({
  options: {
    report: { type: 'string' },
    commit: { type: 'string' },
    pr: { type: 'string' },
    previews: { type: 'string' },
    'no-preview': { type: 'string' },
  },
});

/** A regular file's first MAX_BYTES as UTF-8, or undefined (missing, a link, a folder). */
function readReport(name: string): string | undefined {
  if (!values.report) return undefined;
  const file = join(values.report, name);
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const buffer = Buffer.alloc(MAX_BYTES);
    const fd = openSync(file, 'r');
    const length = readSync(fd, buffer, 0, MAX_BYTES, 0);
    closeSync(fd);
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  }
}

try {
  const pr = pullRequestNumber(values.pr ?? '');
  const reasons = ['fork', 'not-built', 'disabled'] as const;
  const none = reasons.find((r) => r === values['no-preview']);
  let previews: CommentInput['previews'];
  if (none) previews = { none };
  else if (values.previews?.trim()) {
    const root = publishedRoot(process.env.SITE_URL || undefined, process.env.GITHUB_REPOSITORY ?? '');
    previews = values.previews
      .trim()
      .split(/\s+/)
      .map((province) => ({ province, url: portalAddress(root, province, pr).url }));
  } else previews = { none: 'not-built' };
  const status = readReport('check-status')?.trim();
  const output = readReport('check-output.txt') ?? '';
  const check = status === 'passed' || status === 'failed' ? { passed: status === 'passed', output } : undefined;
  process.stdout.write(
    commentBody({ commit: values.commit ?? '', previews, check, translations: readReport('translations.json') }),
  );
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
