/** Building the same commit again gives byte-identical output (one province, rebuilt beside the tested one). */
import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareDirs } from '../../src/node/compare-dirs.ts';
import { repoRoot } from '../../src/node/provinces.ts';
import { DIST } from '../e2e/support/sites.ts';

const PROVINCE = 'gia-lai';
const again = `.dist-determinism-${process.pid}`;
afterAll(() => rmSync(resolve(repoRoot, again), { recursive: true, force: true }));

it(`rebuilds ${PROVINCE} byte for byte`, () => {
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--province', PROVINCE, '--out', again], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: process.env,
  });
  expect(build.status).toBe(0);
  const diff = compareDirs(resolve(repoRoot, DIST, PROVINCE), resolve(repoRoot, again));
  expect({ different: diff.different, onlyInFirst: diff.onlyInA, onlyInSecond: diff.onlyInB }).toEqual({
    different: [],
    onlyInFirst: [],
    onlyInSecond: [],
  });
  expect(diff.same).toBeGreaterThan(0);
});
