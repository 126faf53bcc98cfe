/**
 * One editor mistake per case, applied to a small valid province: the content check must stop it
 * with a Vietnamese message naming the file, the field and what to write instead — as
 * `npm run check` runs the check (every province) and as the build runs it (the built province
 * only: src/integrations/portal.ts calls runContentCheck([province]) and stops on its errors).
 * The check runs in this process for each case; the commands run on shared folders: `npm run check`
 * on the sample province and on every mistake that fits in one folder, and one build of that folder.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BROKEN_CASES, mergeCases, type BrokenCase } from './support/broken-cases.ts';
import { fieldName } from '../../src/lib/format-issues.ts';
import { formatCheck, runContentCheck } from '../../src/node/run-check.ts';

// As a build dated 2024-06-01 sees the dates (the commands below get the same BUILD_DATE).
process.env.BUILD_DATE = '2024-06-01';

const base = join(import.meta.dirname, '../fixtures/content');
const repo = join(import.meta.dirname, '../..');

/** A copy of the sample content with files laid over it, in a fresh temporary folder (removed after the tests). */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-content-'));
  cpSync(base, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function run(script: string, args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [join(repo, 'scripts', script), ...args], {
    cwd: repo,
    encoding: 'utf8',
    // Its own cache, so this build never waits on another's lock.
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: '2024-06-01',
      PORTAL_CACHE_DIR: `${contentDir}-cache`,
    },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** The output's lines for the file and field: "✗ content/<file>[:line]: <label> (<field>): …". */
function linesNaming(output: string, file: string, field: string): string[] {
  const named = fieldName({ field });
  return output.split('\n').filter((l) => {
    const at = l.indexOf(`content/${file}`);
    if (at < 0) return false;
    const rest = l.slice(at + `content/${file}`.length).replace(/^:\d+/, '');
    return rest.startsWith(`: ${named}: `);
  });
}

function expectMessage(output: string, { expected }: BrokenCase) {
  const lines = linesNaming(output, expected.file, expected.field);
  expect(lines, output).not.toHaveLength(0);
  expect(
    lines.some((l) => expected.message.test(l)),
    lines.join('\n'),
  ).toBe(true);
  expect(lines.join('\n'), 'the message says what to write instead').toMatch(/ — .*(hãy|có phải)/);
}

const folders: string[] = [];
const folder = (files: Record<string, string>) => {
  const dir = contentWith(files);
  folders.push(dir, `${dir}-cache`, `${dir}-dist`);
  return dir;
};
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('the sample province used by these tests', () => {
  it('passes `npm run check`', () => {
    const r = run('check.ts', [], folder({}));
    // Only the warning that the fixture's exchange rate (2023-08-25) is over 90 days older than BUILD_DATE.
    expect(r.output).toMatch(/exchange-rates\/usd\.yaml:7: .*281 ngày/);
    expect(r.output).toMatch(/\b0 lỗi, 1 cảnh báo/);
    expect(r.status).toBe(0);
  });
});

describe.each(BROKEN_CASES)('$name', (c) => {
  let dir: string;
  beforeAll(() => {
    dir = folder(c.files);
  });

  it('stops the check of every province with a Vietnamese message naming file, field and what to write instead', () => {
    const result = runContentCheck(undefined, undefined, dir);
    expect(result.errors.length, formatCheck(result)).toBeGreaterThan(0);
    expectMessage(formatCheck(result), c);
  });

  it('stops the check the build runs on its province with the same message', () => {
    expectMessage(formatCheck(runContentCheck(['fixture'], undefined, dir)), c);
  });
});

describe('the mistakes that fit in one folder, through the commands', () => {
  const { files, cases } = mergeCases(BROKEN_CASES);
  let dir: string;
  beforeAll(() => {
    dir = folder(files);
  });

  it('hold most cases, so the commands see many kinds of mistake', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it('`npm run check` exits 1 and names each mistake', () => {
    const r = run('check.ts', [], dir);
    expect(r.status, r.output).toBe(1);
    for (const c of cases) expectMessage(r.output, c);
  });

  it('the build stops, names each mistake the same way and writes nothing', () => {
    const out = `${dir}-dist`;
    const r = run('build.ts', ['--province', 'fixture', '--out', out], dir);
    expect(r.status, r.output).toBe(1);
    for (const c of cases) expectMessage(r.output, c);
    expect(existsSync(out) ? readdirSync(out) : [], 'nothing is published').toEqual([]);
  });
});
