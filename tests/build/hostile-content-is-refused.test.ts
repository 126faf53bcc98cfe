/**
 * Hostile content (tests/helpers/hostile/cases-*.ts), one edit per case over a small valid
 * province: every case that must be refused stops `npm run check` with a message naming the file
 * and the field or line; cases marked `alsoBuild` stop the build with the same message too.
 * Accepted cases are built once and opened in a browser by tests/built/hostile-content-in-a-browser.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HOSTILE_CASES } from '../helpers/hostile/index.ts';
import { contentWith } from '../helpers/hostile/content-dir.ts';
import type { Refused } from '../helpers/hostile/types.ts';
import { fieldName } from '../../src/lib/format-issues.ts';
import { formatCheck, runContentCheck } from '../../src/node/run-check.ts';

// The check runs in this process, on each case's own folder, as `npm run check` runs it
// (tests/build/content-check-broken.test.ts covers the command itself); the date window is the
// one a build dated 2024-06-01 uses.
process.env.BUILD_DATE = '2024-06-01';

const repo = join(import.meta.dirname, '../..');

function run(script: string, args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', script), ...args], {
    cwd: repo,
    encoding: 'utf8',
    // Each run has its own cache, so runs in parallel never wait on each other's lock.
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: '2024-06-01',
      PORTAL_CACHE_DIR: join(dirname(contentDir), 'cache'),
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** What follows "content/<file>" and its line in a message ("✗ content/x.md:12: <field>: …"), or undefined. */
function afterFile(line: string, file: string): string | undefined {
  const at = line.indexOf(`content/${file}`);
  if (at < 0) return undefined;
  const rest = line.slice(at + `content/${file}`.length).replace(/^:\d+/, '');
  return rest.startsWith(': ') ? rest.slice(2) : undefined;
}

function expectNamed(output: string, expected: Refused) {
  const lines = output.split('\n').filter((l) => afterFile(l, expected.file) !== undefined);
  expect(lines, `a message names content/${expected.file}\n${output}`).not.toHaveLength(0);
  const named = lines.filter((l) => {
    const field = afterFile(l, expected.file)!;
    return typeof expected.field === 'string'
      ? field.startsWith(`${fieldName({ field: expected.field })}: `)
      : expected.field.test(field);
  });
  expect(named, `a message names the field ${expected.field}\n${lines.join('\n')}`).not.toHaveLength(0);
  expect(
    named.some((l) => expected.message.test(l)),
    `a message says ${expected.message}\n${named.join('\n')}`,
  ).toBe(true);
}

const refused = HOSTILE_CASES.flatMap((c) => ('refused' in c.outcome ? [{ ...c, refused: c.outcome.refused }] : []));

it('the hostile suite covers every class with at least 60 cases', () => {
  expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(HOSTILE_CASES.map((c) => c.name)).size, 'case names are unique').toBe(HOSTILE_CASES.length);
});

describe.each(refused)('[$class] $name', (c) => {
  it('is refused by the content check, naming the file and the field or line', () => {
    const dir = contentWith(c.files, c.remove);
    try {
      const result = runContentCheck(undefined, undefined, dir);
      expect(result.errors.length, formatCheck(result)).toBeGreaterThan(0);
      expectNamed(formatCheck(result), c.refused);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});

describe.each(refused.filter((c) => c.alsoBuild))('[$class] $name, built', (c) => {
  it('is refused by the build with the same message, and nothing is published', () => {
    const dir = contentWith(c.files, c.remove);
    try {
      const out = join(dirname(dir), 'dist');
      const r = run('build.ts', ['--province', 'fixture', '--out', out], dir);
      expect(r.status, r.output).toBe(1);
      expectNamed(r.output, c.refused);
      expect(existsSync(out), 'nothing is published').toBe(false);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
