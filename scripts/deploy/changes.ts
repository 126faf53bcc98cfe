/**
 * `node scripts/deploy/changes.ts --out DIR`: what this deploy changes for readers, per province.
 * For each province it reads the history the live portal published (`<portal>/changes.json`), takes
 * the commit deployed last, maps `git diff --name-status` between it and HEAD to entries
 * (src/editor/deploy/entry-changes.ts), and writes DIR/<province>/changes.json and changes.xml (the
 * feed the office subscribes to), to be published with the portal. The Markdown summary goes to
 * stdout, for the deploy's job summary.
 *
 * The portal address comes from SITE_URL and GITHUB_REPOSITORY (src/lib/deploy/site-address.ts);
 * DEPLOY_DATE (ISO) fixes the date, else now. A portal not yet live (a first deploy, a 404) counts
 * every entry as added.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { entryChanges, parseNameStatus } from '../../src/editor/deploy/entry-changes.ts';
import {
  addToHistory,
  changesFeed,
  COMMIT,
  parseHistory,
  recordOf,
  summaryMarkdown,
} from '../../src/editor/deploy/deploy-record.ts';
import { portalAddress, publishedRoot } from '../../src/lib/deploy/site-address.ts';
import { listProvinceIds, loadProvince, repoRoot } from '../../src/node/provinces.ts';
import type { ProvinceInfo } from '../../src/lib/content-check/types.ts';
import { messageOf } from '../../src/node/error-message.ts';

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) fail('name the output folder: --out DIR');
const out = resolve(values.out);

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const head = git('rev-parse', 'HEAD').trim();
const isKnownCommit = (sha: string) => {
  try {
    git('cat-file', '-e', `${sha}^{commit}`);
    return true;
  } catch {
    return false;
  }
};
const date = process.env.DEPLOY_DATE ? new Date(process.env.DEPLOY_DATE).toISOString() : new Date().toISOString();

let root: URL;
try {
  root = publishedRoot(process.env.SITE_URL || undefined, process.env.GITHUB_REPOSITORY ?? '');
} catch (error) {
  fail(messageOf(error));
}

async function previousHistory(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('changes.json', url), {
      signal: AbortSignal.timeout(20_000),
      redirect: 'error',
    });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

const ids = listProvinceIds();
const configs = new Map(ids.map((id) => [id, loadProvince(id)]));
const provinces = new Map<string, ProvinceInfo>(
  [...configs].map(([id, config]) => [id, { id, locales: config.locales, logo: config.logo }]),
);
/** One diff per distinct last-deployed commit (usually one for every province). */
const diffs = new Map<string, ReturnType<typeof entryChanges>>();
const summary: string[] = ['## Những gì thay đổi trên cổng thông tin', ''];

for (const [id, config] of configs) {
  const { url } = portalAddress(root, id);
  const history = parseHistory(await previousHistory(url));
  const last = history[0]?.commit;
  const since = last && COMMIT.test(last) && isKnownCommit(last) ? last : null;
  const key = since ?? EMPTY_TREE;
  let diff = diffs.get(key);
  if (!diff) {
    diff = entryChanges(
      parseNameStatus(git('diff', '--name-status', '-z', '--no-renames', key, head, '--', 'content/')),
      provinces,
    );
    diffs.set(key, diff);
  }
  const changes = diff.find((p) => p.province === id);
  if (!changes) throw new Error(`${id}: entryChanges gave no changes for this province`);
  const record = recordOf(changes, head, since, date);
  const records = since === head ? history : addToHistory(history, record);
  // Vietnamese: every province's first locale (src/schemas/province.ts), the one editors read.
  const name = config.name.vi;
  mkdirSync(join(out, id), { recursive: true });
  writeFileSync(join(out, id, 'changes.json'), `${JSON.stringify(records, null, 1)}\n`);
  writeFileSync(join(out, id, 'changes.xml'), await changesFeed(name, url, 'vi', records));
  summary.push(
    since === head
      ? `### ${name}: commit này đã được xuất bản trước đó — không có gì mới\n`
      : summaryMarkdown(name, url, 'vi', record),
  );
  summary.push(`Nguồn tin (RSS) cho cán bộ quản trị: <${url}changes.xml>`, '');
}
console.log(summary.join('\n'));

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}
