/**
 * Safety rules for GitHub workflows, checked on the parsed YAML (with its comments): each returns
 * the places that break it, empty when the workflow keeps it. Pull requests come from anyone, so
 * their code and file names must never reach a shell unquoted, an action must not change under
 * us, and a job gets no more access than it needs.
 */
import { isPair, isScalar, parseDocument, visit, type Document } from 'yaml';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

export const parseWorkflow = (text: string) => {
  const document = parseDocument(text);
  return { document, workflow: document.toJS() as Workflow };
};

const steps = (workflow: Workflow) =>
  Object.entries(workflow.jobs).flatMap(([job, j]) =>
    (j.steps ?? []).map((step, i) => ({ where: `jobs.${job}.steps[${i}]`, step })),
  );

/** `${{ … }}` inside `run:` is pasted into the script before the shell sees it: a value must pass through `env:`. */
export function expressionsInRun(workflow: Workflow): string[] {
  return steps(workflow)
    .filter(({ step }) => step.run?.includes('${{'))
    .map(({ where }) => `${where}.run`);
}

const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;

/**
 * Every `uses:` names a full commit SHA (a tag can be moved to other code) and says the version
 * in a comment (`# v4.2.2`), so a reader and an updater know what it is. Local actions (`./…`)
 * come with the repository and need no pin.
 */
export function unpinnedActions(document: Document): string[] {
  const problems: string[] = [];
  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const value = String(pair.value.value);
      if (value.startsWith('./')) return;
      if (!PINNED.test(value)) problems.push(`${value}: not pinned by a 40-hex commit SHA`);
      else if (!/^\s*v\d/.test(pair.value.comment ?? ''))
        problems.push(`${value}: no "# vX.Y.Z" comment naming the version`);
    },
  });
  return problems;
}

/**
 * Permissions: none for the workflow as a whole (`permissions: {}`), and for each job an explicit
 * map granting at most what it needs — `contents: read` where it checks the repository out,
 * anything else only if listed in `needs` — never `write-all`/`read-all`.
 */
export function permissionProblems(
  workflow: Workflow,
  needs: Record<string, Record<string, 'read' | 'write'>> = {},
): string[] {
  const problems: string[] = [];
  const isEmptyMap = (p: unknown) =>
    typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0;
  if (!isEmptyMap(workflow.permissions))
    problems.push('permissions: expected {} at the top, so a job has only what it asks for');
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const p = job.permissions;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      problems.push(`jobs.${name}.permissions: missing or not a map (${JSON.stringify(p)})`);
      continue;
    }
    const checksOut = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/checkout@'));
    const allowed: Record<string, string> = { ...(checksOut ? { contents: 'read' } : {}), ...needs[name] };
    for (const [scope, level] of Object.entries(p as Record<string, unknown>))
      if (allowed[scope] !== level && !(allowed[scope] === 'write' && level === 'read'))
        problems.push(`jobs.${name}.permissions.${scope}: ${String(level)} is more than the job needs`);
  }
  return problems;
}

/** Checkout leaves the token in .git/config unless told not to; the pull request's code runs next. */
export function checkoutsKeepingCredentials(workflow: Workflow): string[] {
  return steps(workflow)
    .filter(({ step }) => step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
    .map(({ where }) => `${where}: persist-credentials is not false`);
}

const triggers = (on: unknown): string[] =>
  typeof on === 'string'
    ? [on]
    : Array.isArray(on)
      ? on.map(String)
      : typeof on === 'object' && on !== null
        ? Object.keys(on)
        : [];

/** What names the pull request's own code: its head or merge ref, its head commit, its repository. */
const PR_CODE =
  /pull_request\.head|github\.head_ref|pull_request\.merge_commit_sha|refs\/pull\/|workflow_run\.head_(?:sha|branch|commit|repository)|workflow_run\.pull_requests/;
const PR_CODE_COMMANDS = /gh\s+pr\s+checkout|refs\/pull\/|\bpull\/[^\s/]+\/(?:head|merge)\b/;

/**
 * pull_request_target and workflow_run run with the repository's write token and secrets. Their
 * jobs may check out the repository's own code (the default branch, gh-pages) but never the pull
 * request's: no checkout whose ref or repository names the pull request or the triggering run's
 * head, no `gh pr checkout`, no fetch of refs/pull/*.
 */
export function privilegedCheckoutsOfPullRequestCode(workflow: Workflow): string[] {
  const privileged = triggers(workflow.on).filter((t) => t === 'pull_request_target' || t === 'workflow_run');
  if (!privileged.length) return [];
  const problems: string[] = [];
  for (const { where, step } of steps(workflow)) {
    if (step.uses?.startsWith('actions/checkout@'))
      for (const key of ['ref', 'repository'])
        if (PR_CODE.test(String(step.with?.[key] ?? '')))
          problems.push(
            `${where}: checks out the pull request's code (${key}: ${String(step.with?.[key])}) in a ${privileged.join('/')} workflow`,
          );
    if (step.run && PR_CODE_COMMANDS.test(step.run))
      problems.push(`${where}.run: fetches the pull request's code in a ${privileged.join('/')} workflow`);
  }
  return problems;
}

interface CacheStep {
  where: string;
  /** Keys it may restore: its key and each restore-keys line. */
  restores: string[];
  /** The key it saves under, the restore step's key when it names that step's `cache-primary-key`. */
  saves?: string;
}

const CACHE = /^actions\/cache(?:\/(restore|save))?@/;

/** The cache steps of a workflow, each save key followed back to the restore step it names. */
export function cacheSteps(workflow: Workflow): CacheStep[] {
  const found: CacheStep[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const jobSteps = job.steps ?? [];
    jobSteps.forEach((step, i) => {
      const kind = CACHE.exec(step.uses ?? '');
      if (!kind) return;
      const key = String(step.with?.key ?? '');
      const restoreKeys = String(step.with?.['restore-keys'] ?? '')
        .split('\n')
        .map((k) => k.trim())
        .filter(Boolean);
      const primary = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.cache-primary-key\s*\}\}$/.exec(key);
      const saved = primary ? String(jobSteps.find((s) => s.id === primary[1])?.with?.key ?? key) : key;
      found.push({
        where: `jobs.${name}.steps[${i}]`,
        restores: kind[1] === 'save' ? [] : [key, ...restoreKeys],
        ...(kind[1] === 'restore' ? {} : { saves: saved }),
      });
    });
  }
  return found;
}

/** A key's fixed name: the text before its first expression, the part no run can choose. */
export const fixedNameOf = (key: string) => key.split('${{')[0]!;

/**
 * A workflow restores only caches it saved itself. GitHub lets a branch's runs restore what the
 * default branch saved, so a cache a pull request could write must never be one the deploy reads:
 * every key starts with a fixed name, and no restore key of one workflow can match a key another
 * saves (one fixed name a prefix of the other).
 */
export function cachesReadAcrossWorkflows(workflows: Record<string, Workflow>): string[] {
  const problems: string[] = [];
  const all = Object.entries(workflows).flatMap(([file, w]) => cacheSteps(w).map((step) => ({ file, ...step })));
  for (const step of all)
    for (const key of [...step.restores, ...(step.saves === undefined ? [] : [step.saves])])
      if (!fixedNameOf(key))
        problems.push(`${step.file} ${step.where}: the key "${key}" has no fixed name before its expressions`);
  for (const reader of all)
    for (const writer of all) {
      if (reader.file === writer.file || writer.saves === undefined) continue;
      const saved = fixedNameOf(writer.saves);
      for (const key of reader.restores) {
        const read = fixedNameOf(key);
        if (read && saved && (read.startsWith(saved) || saved.startsWith(read)))
          problems.push(
            `${reader.file} ${reader.where}: restores "${key}", which ${writer.file} ${writer.where} saves ("${writer.saves}")`,
          );
      }
    }
  return problems;
}
