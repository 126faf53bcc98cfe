/**
 * A failed, interrupted or concurrent build never leaves a half-written site: the previous output
 * stays byte for byte. The failing run builds two provinces; the first one succeeds (Astro has
 * written a whole site to the scratch folder) before the second one's mistake stops everything.
 * A second build while one runs stops with a plain message and leaves the first alone; a build
 * stopped with SIGTERM leaves no scratch folder and no lock behind.
 */
import { it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { snapshotFiles as snapshot } from '../helpers/snapshot.ts';

const repo = join(import.meta.dirname, '../..');
const base = join(import.meta.dirname, '../fixtures/content');

const buildEnv = (contentDir: string) => ({
  ...process.env,
  CONTENT_DIR: contentDir,
  ASTRO_TELEMETRY_DISABLED: '1',
  BUILD_DATE: '2024-06-01',
  PORTAL_CACHE_DIR: join(dirname(contentDir), 'cache'),
});

function build(contentDir: string, out: string, args: string[]) {
  return spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), ...args, '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: buildEnv(contentDir),
  });
}

/** A build running in the background, with its output and a promise of how it ended. */
function startBuild(contentDir: string, out: string, args: string[]) {
  const child = spawn(process.execPath, [join(repo, 'scripts/build.ts'), ...args, '--out', out], {
    cwd: repo,
    env: buildEnv(contentDir),
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const ended = new Promise<{ code: number | null; output: string }>((done) =>
    child.on('exit', (code) => done({ code, output })),
  );
  return { child, ended };
}

async function until(condition: () => boolean, what: string, ms = 60_000) {
  for (const started = Date.now(); !condition(); await sleep(50))
    if (Date.now() - started > ms) throw new Error(`waited ${ms} ms for ${what}`);
}

/** A fresh copy of the fixture content in <tmp>/content, the site to be built in <tmp>/site. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-keep-'));
  const content = join(dir, 'content');
  cpSync(base, content, { recursive: true });
  return { dir, content, out: join(dir, 'site') };
}

/** What a build leaves beside the site and the caches besides themselves: scratch folders, locks. */
const leftovers = (dir: string) =>
  [...readdirSync(dir), ...readdirSync(join(dir, 'cache')).map((n) => `cache/${n}`)].filter((n) =>
    /\.building|\.lock|\.old/.test(n),
  );

it('a failed build leaves the previous site untouched', { timeout: 300_000 }, () => {
  const { dir, content, out } = workspace();

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
  expect(bad.stderr).toContain('content/fixture-b/press/vi/thong-cao.md:5: Ngày (date): "2024-02-30"');
  expect(bad.stderr).toContain('is unchanged');
  expect(snapshot(out)).toEqual(before);
  expect(leftovers(dir)).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

it(
  'a second build while one runs stops with a plain message; a build stopped by SIGTERM leaves the previous site and nothing else',
  { timeout: 300_000 },
  async () => {
    const { dir, content, out } = workspace();
    const good = build(content, out, ['--province', 'fixture']);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const before = snapshot(out);

    // Two builds of the same site: the second finds the first's lock and stops at once.
    const first = startBuild(content, out, ['--province', 'fixture']);
    await until(() => existsSync(`${out}.lock`), 'the first build to take its lock');
    const second = build(content, out, ['--province', 'fixture']);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^✗ Một bản dựng khác \\(tiến trình ${first.child.pid}\\) đang dựng vào .*site/ — chờ bản dựng đó xong rồi chạy lại`,
      ),
    );
    // Another site of the same province shares its caches and public folder: stopped too.
    const elsewhere = build(content, join(dir, 'elsewhere'), ['--province', 'fixture']);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toContain('đang dựng tỉnh "fixture" với cùng bộ nhớ đệm');
    const done = await first.ended;
    expect(done.code, done.output).toBe(0);
    expect(snapshot(out)).toEqual(before); // the same content, built whole by the first build alone
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);

    // A build stopped while Astro writes its pages.
    const stopped = startBuild(content, out, ['--province', 'fixture']);
    // Astro writes into a folder of the same name on every build (scripts/build/astro-out.ts), moved into the scratch folder after.
    const astroHasPages = () => existsSync(join(dir, 'cache', 'fixture.site', '_astro'));
    await until(astroHasPages, 'Astro to start writing its pages');
    stopped.child.kill('SIGTERM');
    const end = await stopped.ended;
    expect(end.code, end.output).toBe(143);
    expect(end.output).toContain('✗ Bản dựng đã dừng (SIGTERM)');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
    await sleep(2000); // Astro was stopped too: nothing writes the scratch folder again
    expect(leftovers(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  },
);
