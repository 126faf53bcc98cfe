/** Runs `astro build` for one province in a child process, so each build starts clean. */
import { join } from 'node:path';
import { repoRoot } from '../../src/node/provinces.ts';
import { runNode } from './child.ts';

export function astroBuild(province: string, outDir: string, extraEnv: Record<string, string> = {}): Promise<void> {
  const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  return runNode([astroBin, 'build', '--silent'], {
    cwd: repoRoot,
    env: { ...callerEnv(), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', PROVINCE: province, PORTAL_OUT_DIR: outDir, ...extraEnv },
  }, `Astro build of "${province}"`);
}

/**
 * The caller's environment without what would change Astro's output: Vitest puts its
 * import.meta.env values (DEV=1, MODE=test…) into process.env, and Vite reads them back.
 */
function callerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[key];
  return env;
}
