/** Runs a command and measures wall time and peak memory (max RSS of the process tree, from GNU time). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePhaseLine } from '../../src/lib/build-phases.ts';

export interface Run {
  seconds: number;
  peakMb: number | null;
  stdout: string;
  status: number | null;
}

const GNU_TIME = '/usr/bin/time';

export function measured(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Run {
  const report = join(tmpdir(), `bench-time-${process.pid}.txt`);
  const useTime = existsSync(GNU_TIME);
  const started = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-v', '-o', report, cmd, ...args], { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { env, cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  let peakMb: number | null = null;
  if (useTime && existsSync(report)) {
    // "Maximum resident set size" covers the largest process among the command and its waited-for children.
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'))?.[1];
    peakMb = kb ? Number(kb) / 1024 : null;
    rmSync(report);
  }
  if (r.status !== 0) process.stderr.write(r.stdout + r.stderr);
  return { seconds, peakMb, stdout: r.stdout + r.stderr, status: r.status };
}

/** Astro and Pagefind seconds from the build's "✓ id: Astro 12.3 s, Pagefind 4.5 s" line. */
export function phases(stdout: string): { astro: number; pagefind: number } {
  const m = /Astro ([\d.]+) s, Pagefind ([\d.]+) s/.exec(stdout);
  return { astro: m ? Number(m[1]) : NaN, pagefind: m ? Number(m[2]) : NaN };
}

/** Where a build's time went: its phase line (printed by scripts/build.ts after the line above). */
export const buildPhases = parsePhaseLine;
