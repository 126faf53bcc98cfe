/** Runs `astro build` for one province in a child process, so each build starts clean. */
import { mkdirSync, rmSync } from 'node:fs';
import type { SpawnOptions } from 'node:child_process';
import { dirname, join, resolve, sep } from 'node:path';
import { astroHeapLimitMb } from '../../src/lib/astro-heap.ts';
import { contentTextBytes } from '../../src/node/content-text-bytes.ts';
import { repoRoot } from '../../src/node/provinces.ts';
import { ChildFailed, runNode } from './child.ts';
import { tryLock } from './lock.ts';

export function astroBuild(province: string, outDir: string, extraEnv: Record<string, string> = {}): Promise<void> {
  const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const env = astroEnv(province, outDir, extraEnv);
  const limitMb = astroHeapLimitMb(contentTextBytes(province), env.NODE_OPTIONS);
  return inTurnIfShared(outDir, () =>
    runUnderHeapLimit(
      [astroBin, 'build', '--silent'],
      limitMb,
      { cwd: repoRoot, env },
      `Astro build of "${province}"`,
      () => rmSync(outDir, { recursive: true, force: true }),
    ),
  );
}

/**
 * Runs `node args…` with the V8 heap limited to `limitMb` (src/lib/astro-heap.ts). The limit is
 * there to hold memory, never to fail a build: a child that runs out of heap under it (V8 then
 * aborts the process) is run once more without it, after `beforeRetry` has cleared what it left.
 */
export async function runUnderHeapLimit(
  args: string[],
  limitMb: number | undefined,
  options: SpawnOptions,
  what: string,
  beforeRetry: () => void,
): Promise<void> {
  if (limitMb === undefined) return runNode(args, options, what);
  try {
    await runNode([`--max-old-space-size=${limitMb}`, ...args], options, what);
  } catch (error) {
    if (!(error instanceof ChildFailed && error.signal === 'SIGABRT')) throw error;
    console.error(
      `… ${what}: hết bộ nhớ heap trong giới hạn ${limitMb} MB; dựng lại một lần nữa không giới hạn (chậm hơn, không mất gì). (Out of heap under ${limitMb} MB; building again without the limit.)`,
    );
    beforeRetry();
    await runNode(args, options, what);
  }
}

/**
 * The Astro child's environment. MIMALLOC_PURGE_DELAY=0 (unless the caller sets it): Rolldown's
 * bundler allocates with mimalloc, which by default returns freed memory only after a delay, checked
 * on later allocations, so the bundling's memory stayed resident through page generation, where the child peaks
 * (5,000 entries: 1,782 → 1,521 MB; docs/benchmarks.md, "Sixth round").
 */
export function astroEnv(
  province: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
  caller: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return {
    MIMALLOC_PURGE_DELAY: '0',
    ...callerEnv(caller),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    PROVINCE: province,
    PORTAL_OUT_DIR: outDir,
    ...extraEnv,
  };
}

/**
 * Astro writes its prerender chunks beside the output when the output lies inside the working
 * folder, else into one shared `.astro/.prerender/` of the repository, which it deletes when done:
 * two such builds at once (tests building into a temporary folder) delete each other's chunks
 * ("Cannot find module …/.astro/.prerender/chunks/…"). Those builds take turns.
 */
async function inTurnIfShared(outDir: string, run: () => Promise<void>): Promise<void> {
  if (resolve(outDir).startsWith(repoRoot + sep)) return run();
  const path = join(repoRoot, '.astro', 'shared-prerender.lock');
  mkdirSync(dirname(path), { recursive: true });
  for (;;) {
    const attempt = tryLock(path);
    if ('held' in attempt) {
      try {
        return await run();
      } finally {
        attempt.held.release();
      }
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
}

/**
 * The caller's environment without what would change Astro's output: Vitest puts its
 * import.meta.env values (DEV=1, MODE=test…) into process.env, and Vite reads them back.
 */
function callerEnv(caller: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...caller };
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
    delete env[key];
  return env;
}
