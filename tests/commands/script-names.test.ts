/**
 * Names given to the scripts (`--province`, PROVINCE, `--slug`, `--lang`, files, `--out`) are
 * checked before any use: a path like `../../x` or a shell fragment like `x$(touch PWNED)` is
 * refused with one plain line in Vietnamese, and nothing is read or written.
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFileProblem } from '../../src/node/cli-names.ts';
import { cacheDirProblem, outDirProblem } from '../../scripts/build/out-dir.ts';
import { escapeCommandData, escapeCommandProperty } from '../../src/lib/safety/workflow-command.ts';

const repo = join(import.meta.dirname, '../..');
const NOT_AN_ID = 'không phải mã tỉnh hợp lệ — mã tỉnh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang';

/** Runs a script from an empty working folder, with a copy of the fixture content and a decoy beside it. */
async function run(script: string, args: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-names-'));
  const content = join(dir, 'content');
  cpSync(join(repo, 'tests/fixtures/content'), content, { recursive: true });
  // What `../x` from content/ would reach: a province config outside content/.
  mkdirSync(join(dir, 'x'));
  cpSync(join(content, 'fixture/province.yaml'), join(dir, 'x/province.yaml'));
  const work = join(dir, 'work');
  mkdirSync(work);
  const r = await promisify(execFile)(process.execPath, [join(repo, 'scripts', script), ...args], {
    cwd: work,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      PORTAL_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const created = readdirSync(work);
  const besides = readdirSync(dir).filter((n) => !['content', 'x', 'work'].includes(n));
  rmSync(dir, { recursive: true, force: true });
  return { ...r, created, besides };
}

describe.concurrent('the build refuses a province name that is not an id, before any use', () => {
  it('--province ../../x', async () => {
    const r = await run('build.ts', ['--province', '../../x', '--out', 'site']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`✗ --province: "../../x" ${NOT_AN_ID}, ví dụ "gia-lai"`);
    expect(r.created).toEqual([]);
    expect(r.besides).toEqual([]);
  });

  it("PROVINCE='x$(touch PWNED)'", async () => {
    const r = await run('build.ts', ['--out', 'site'], { PROVINCE: 'x$(touch PWNED)' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`✗ PROVINCE: "x$(touch PWNED)" ${NOT_AN_ID}, ví dụ "gia-lai"`);
    expect(r.created).toEqual([]); // no PWNED, no site, no lock
    expect(r.besides).toEqual([]);
  });
});

it('the build reads no province through a symlinked folder, even before the content check runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-names-'));
  const content = join(dir, 'content');
  cpSync(join(repo, 'tests/fixtures/content'), content, { recursive: true });
  cpSync(join(content, 'fixture'), join(dir, 'outside'), { recursive: true });
  symlinkSync(join(dir, 'outside'), join(content, 'linked'));
  const r = spawnSync(
    process.execPath,
    [join(repo, 'scripts/build.ts'), '--province', 'linked', '--out', join(dir, 'site')],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        PORTAL_CACHE_DIR: join(dir, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  rmSync(dir, { recursive: true, force: true });
  expect(r.status).toBe(1);
  expect(r.stdout + r.stderr).toContain('content/linked: (thư mục): thư mục tỉnh là một liên kết (symlink)');
});

describe.concurrent('every script taking a province checks it the same way', () => {
  const cases: [string, string[]][] = [
    ['check.ts', ['--province', '../x']],
    ['preview.ts', ['--province', '../x']],
    ['translations.ts', ['--province', '../x']],
    ['anniversaries.ts', ['--year', '2024', '--province', '../x']],
    ['new-entry.ts', ['press', '--province', '../x', '--slug', 'a', '--title', 'A']],
    ['import-plan.ts', [join(repo, '../shared/seeds/cao-xa-2023.txt'), '--province', '../x']],
  ];
  it.each(cases)('%s', async (script, args) => {
    const r = await run(script, args);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain(`✗ --province: "../x" ${NOT_AN_ID}`);
    expect(r.created).toEqual([]);
  });

  it('anniversaries and new-entry read PROVINCE the same way', async () => {
    for (const [script, args] of [
      ['anniversaries.ts', ['--year', '2024']],
      ['new-entry.ts', ['press', '--slug', 'a', '--title', 'A']],
    ] as const) {
      const r = await run(script, [...args], { PROVINCE: '../x' });
      expect(r.status, script).toBe(1);
      expect(r.stderr, script).toContain(`✗ PROVINCE: "../x" ${NOT_AN_ID}`);
    }
  });
});

describe.concurrent('slugs, languages, sizes and output folders given to scripts', () => {
  it('new-entry refuses a slug or a language that would leave the folder', async () => {
    const slug = await run('new-entry.ts', ['press', '--province', 'fixture', '--slug', '../../../x', '--title', 'A']);
    expect(slug.status).toBe(1);
    expect(slug.stderr).toContain('✗ --slug: "../../../x" không phải tên tệp hợp lệ');
    const lang = await run('new-entry.ts', [
      'press',
      '--province',
      'fixture',
      '--lang',
      '../vi',
      '--slug',
      'a',
      '--title',
      'A',
    ]);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toContain('✗ --lang: "../vi" không phải mã ngôn ngữ hợp lệ');
  });

  it('import-plan refuses a slug that would leave the folder', async () => {
    const r = await run('import-plan.ts', [
      join(repo, '../shared/seeds/cao-xa-2023.txt'),
      '--province',
      'fixture',
      '--slug',
      '../x',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ --slug: "../x" không phải tên tệp hợp lệ');
  });

  it('bench refuses a size that is not a whole number (it names a folder)', async () => {
    const r = await run('bench.ts', ['--sizes', '1,../x']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ --sizes: "../x" không phải số mục hợp lệ');
  });

  it('the build refuses to replace the repository, the content or a folder of code', async () => {
    const context = {
      repoRoot: '/repo',
      contentRoot: '/repo/content',
      tracked: (top: string) => ['src', 'scripts', 'content'].includes(top),
    };
    expect(outDirProblem('/repo', '.', context)).toMatch(/^--out: "\." chứa mã nguồn hoặc nội dung — /);
    expect(outDirProblem('/', '/', context)).toMatch(/chứa mã nguồn hoặc nội dung/);
    expect(outDirProblem('/repo/content/site', 'content/site', context)).toMatch(/nằm trong thư mục nội dung/);
    expect(outDirProblem('/repo/src', 'src', context)).toMatch(/thuộc thư mục "src" của kho mã/);
    expect(outDirProblem('/repo/dist', 'dist', context)).toBeUndefined();
    expect(outDirProblem('/tmp/site', '/tmp/site', context)).toBeUndefined();
    const r = await run('build.ts', ['--province', 'fixture', '--out', join(repo, 'src')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('thuộc thư mục "src" của kho mã');
  });

  it("the build refuses a cache folder Astro would take for one inside the repository (its path starts with the repository's)", async () => {
    expect(cacheDirProblem('/srv/portal-cache/gia-lai.site', '/srv/portal-cache', '/srv/portal')).toMatch(
      /^PORTAL_CACHE_DIR: "\/srv\/portal-cache" nằm ngoài kho mã nhưng đường dẫn lại bắt đầu bằng đường dẫn của kho \(\/srv\/portal\)/,
    );
    expect(cacheDirProblem('/srv/portal/.portal-cache/gia-lai.site', '.portal-cache', '/srv/portal')).toBeUndefined();
    expect(cacheDirProblem('/srv/portal/node_modules/.astro/gia-lai.site', '', '/srv/portal')).toBeUndefined();
    expect(cacheDirProblem('/tmp/portal-cache/gia-lai.site', '/tmp/portal-cache', '/srv/portal')).toBeUndefined();
    // Before this check the build ran Astro, which stopped on "Cannot find package …" from its chunks.
    const beside = `${repo}-cache-${process.pid}`;
    const r = await run('build.ts', ['--province', 'fixture', '--out', 'site'], { PORTAL_CACHE_DIR: beside });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`✗ ${cacheDirProblem(`${beside}/fixture.site`, beside, repo)!}`);
    expect(r.created).toEqual([]);
    expect(existsSync(beside)).toBe(false);
  });
});

describe.concurrent('files named on the command line (spell, translations --stamp)', () => {
  it('must be regular files inside content/, reached without a link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-names-'));
    const content = join(dir, 'content');
    mkdirSync(join(content, 'p/press/vi'), { recursive: true });
    writeFileSync(join(content, 'p/press/vi/a.md'), 'x');
    writeFileSync(join(dir, 'secret.md'), 'x');
    symlinkSync(join(dir, 'secret.md'), join(content, 'p/press/vi/link.md'));
    symlinkSync(dir, join(content, 'p/linked'));
    expect(contentFileProblem(join(content, 'p/press/vi/a.md'), content)).toBeUndefined();
    expect(contentFileProblem(join(dir, 'secret.md'), content)).toMatch(/nằm ngoài thư mục content\/ — /);
    expect(contentFileProblem(join(content, '../secret.md'), content)).toMatch(/nằm ngoài thư mục content\//);
    expect(contentFileProblem(join(content, 'p/press/vi/link.md'), content)).toMatch(/không phải tệp thường/);
    expect(contentFileProblem(join(content, 'p/linked/secret.md'), content)).toMatch(/nằm ngoài thư mục content\//);
    expect(contentFileProblem(join(content, 'p/press/vi/none.md'), content)).toMatch(/không tồn tại/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('spell reads no file outside content/, and translations --stamp writes none', async () => {
    const spell = await run('spell.ts', ['../x/province.yaml']);
    expect(spell.stdout).toContain('No content files to check.');
    expect(spell.stderr).toContain('✗ "../x/province.yaml" nằm ngoài thư mục content/');
    const stamp = await run('translations.ts', ['--stamp', '../x/province.yaml']);
    expect(stamp.status).toBe(1);
    expect(stamp.stderr).toContain('"../x/province.yaml" nằm ngoài thư mục content/');
  });

  it('a file name written into a GitHub workflow command cannot end the line or the property', async () => {
    expect(escapeCommandProperty('content/a,b:c\n::error::x%.md')).toBe('content/a%2Cb%3Ac%0A%3A%3Aerror%3A%3Ax%25.md');
    expect(escapeCommandData('"x"\r\n::set-output')).toBe('"x"%0D%0A::set-output');
  });
});
