/**
 * A failed build never leaves a half-written site: the previous output stays byte for byte.
 * The failing run builds two provinces; the first one succeeds (Astro has written a whole site
 * to the scratch folder) before the second one's mistake stops everything.
 */
import { it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshotFiles as snapshot } from '../helpers/snapshot.ts';

const repo = join(import.meta.dirname, '../..');
const base = join(import.meta.dirname, '../fixtures/content');

function build(contentDir: string, out: string, args: string[]) {
  return spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), ...args, '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2024-06-01', PORTAL_CACHE_DIR: join(contentDir, '.cache') },
  });
}

it('a failed build leaves the previous site untouched', { timeout: 300_000 }, () => {
  const content = mkdtempSync(join(tmpdir(), 'portal-keep-'));
  cpSync(base, content, { recursive: true });
  const out = join(content, 'site');

  const good = build(content, out, ['--all']);
  expect(good.status, good.stdout + good.stderr).toBe(0);
  const before = snapshot(out);
  expect(Object.keys(before)).toContain(join('fixture', 'vi', 'index.html'));

  // A second province whose press release has an impossible date.
  cpSync(join(content, 'fixture'), join(content, 'fixture-b'), { recursive: true });
  const press = join(content, 'fixture-b/press/vi/thong-cao.md');
  writeFileSync(press, readFileSync(press, 'utf8').replace('date: 2024-03-05', 'date: 2024-02-30'));
  // The first province also changes, so a half-finished swap would show.
  const plan = join(content, 'fixture/plans/vi/ke-hoach-2024.md');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('Nội dung', 'Nội dung đã sửa'));

  const bad = build(content, out, ['--all']);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('content/fixture-b/press/vi/thong-cao.md: date (Ngày)');
  expect(bad.stderr).toContain('is unchanged');
  expect(snapshot(out)).toEqual(before);
  expect(existsSync(`${out}.building`)).toBe(false);
  rmSync(content, { recursive: true, force: true });
});
