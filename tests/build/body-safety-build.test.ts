/**
 * MDX that writes a file on the build machine: the build refuses it and the file is never written
 * — through `npm run build` (the check runs first), and through `astro build` with the check
 * skipped, where the satteri plugin in astro.config.mjs must stop it on its own.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HOSTILE_CASES } from '../helpers/hostile/index.ts';
import { PWNED_FILE } from '../helpers/hostile/cases-bodies.ts';
import { contentWith } from '../helpers/hostile/content-dir.ts';

const repo = join(import.meta.dirname, '../..');
const writesAFile = HOSTILE_CASES.find(
  (c) => c.name === 'an MDX expression over three lines writes a file while the site is built',
)!;

/** The environment without what Vitest adds (Vite would read it back). */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of [
    'NODE_ENV',
    'DEV',
    'PROD',
    'MODE',
    'SSR',
    'BASE_URL',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
  ])
    delete base[key];
  return { ...base, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2024-06-01', ...extra };
}

describe('MDX that writes a file while the site is built', () => {
  let dir: string;
  beforeAll(() => {
    rmSync(PWNED_FILE, { force: true });
    dir = dirname(contentWith(writesAFile.files));
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('is refused by `npm run build`, and the file is not written', () => {
    const r = spawnSync(
      process.execPath,
      [join(repo, 'scripts/build.ts'), '--province', 'fixture', '--out', join(dir, 'site')],
      {
        cwd: repo,
        encoding: 'utf8',
        env: env({ CONTENT_DIR: join(dir, 'content'), PORTAL_CACHE_DIR: join(dir, 'cache') }),
      },
    );
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('content/fixture/places/vi/ho.mdx:17: (nội dung, dòng 17): biểu thức {…}');
    expect(existsSync(PWNED_FILE)).toBe(false);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  }, 120_000);

  it('is refused by `astro build` with the content check skipped, and the file is not written', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        join(import.meta.dirname, 'support/without-content-check/register.mjs'),
        join(repo, 'node_modules/astro/bin/astro.mjs'),
        'build',
        '--silent',
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        env: env({
          NODE_ENV: 'production',
          CONTENT_DIR: join(dir, 'content'),
          PROVINCE: 'fixture',
          PORTAL_OUT_DIR: join(dir, 'astro-out'),
          PORTAL_CACHE_DIR: join(dir, 'astro-cache'),
        }),
      },
    );
    const output = r.stdout + r.stderr;
    expect(r.status, output).not.toBe(0);
    expect(output, 'the check was skipped: the plugin refused').not.toContain('The content has');
    expect(output).toContain('Nội dung không an toàn, không dựng trang');
    expect(output).toContain('content/fixture/places/vi/ho.mdx:17: (nội dung, dòng 17): biểu thức {…}');
    expect(existsSync(PWNED_FILE)).toBe(false);
  }, 120_000);
});
