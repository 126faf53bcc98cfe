/** Runs `astro build` for one province in a child process, so each build starts clean. */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { repoRoot } from '../../src/node/provinces.ts';
import { runNode } from './child.ts';
import { tryLock } from './lock.ts';

export function astroBuild(province: string, outDir: string, extraEnv: Record<string, string> = {}): Promise<void> {
  const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  return inTurnIfShared(outDir, () =>
    runNode(
      [astroBin, 'build', '--silent'],
      { cwd: repoRoot, env: astroEnv(province, outDir, extraEnv) },
      `Astro build of "${province}"`,
    ),
  );
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
