/** Runs `astro build` for one province in a child process, so each build starts clean. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../src/node/provinces.ts';

export function astroBuild(province: string, outDir: string, extraEnv: Record<string, string> = {}): void {
  const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
    cwd: repoRoot,
    stdio: 'inherit',
    // NODE_ENV is pinned: a caller's NODE_ENV=test (Vitest) would change Astro's output.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', PROVINCE: province, PORTAL_OUT_DIR: outDir, ...extraEnv },
  });
  if (result.status !== 0) throw new Error(`Astro build of "${province}" failed (exit ${result.status ?? result.signal})`);
}
