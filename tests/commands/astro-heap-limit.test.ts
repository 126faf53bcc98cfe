/**
 * The Astro child runs under a V8 heap limit (scripts/build/astro-build.ts `runUnderHeapLimit`),
 * which holds memory and never fails a build: a child out of heap under it runs again without it.
 * Real Node children stand in for Astro.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runUnderHeapLimit } from '../../scripts/build/astro-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'heap-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 2 ** 20;

/** A child that notes its heap limit in `runs`, then fills the heap when the limit is under 1 GB. */
const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
const limit = getHeapStatistics().heap_size_limit;
appendFileSync(process.argv[2], limit + '\\n');
if (process.argv[3] === 'fill' && limit < 2 ** 30) { const kept = []; for (;;) kept.push(new Array(1e5).fill(1.5)); }
process.exit(Number(process.argv[3] === 'fill' ? 0 : process.argv[3]));
`,
);
const limits = (runs: string) =>
  readFileSync(runs, 'utf8')
    .trim()
    .split('\n')
    .map((n) => Number(n) / MB);

it('starts the child with the heap limited to the size given', async () => {
  const runs = join(dir, 'limited.txt');
  await runUnderHeapLimit([child, runs, '0'], 300, { stdio: 'ignore' }, 'child', () => {});
  const [limit] = limits(runs);
  // V8's figure adds the young generation to the old space's limit; unlimited, it is over 2 GB here.
  expect(limit).toBeGreaterThanOrEqual(300);
  expect(limit).toBeLessThan(600);
});

it('runs a child that ran out of heap under the limit once more without it, after clearing what it left', async () => {
  const runs = join(dir, 'out-of-heap.txt');
  const beforeRetry = vi.fn();
  const said = vi.spyOn(console, 'error').mockImplementation(() => {});
  await runUnderHeapLimit([child, runs, 'fill'], 64, { stdio: 'ignore' }, 'child', beforeRetry);
  const message = said.mock.calls.join('\n');
  said.mockRestore();
  const [first, second] = limits(runs);
  expect(first).toBeLessThan(400);
  expect(second).toBeGreaterThan(1024);
  expect(beforeRetry).toHaveBeenCalledOnce();
  expect(message).toMatch(/hết bộ nhớ heap trong giới hạn 64 MB; dựng lại một lần nữa không giới hạn/);
});

it('does not run again a child that failed for another reason', async () => {
  const runs = join(dir, 'failed.txt');
  const beforeRetry = vi.fn();
  await expect(runUnderHeapLimit([child, runs, '3'], 300, { stdio: 'ignore' }, 'child', beforeRetry)).rejects.toThrow(
    'child failed (exit 3)',
  );
  expect(limits(runs)).toHaveLength(1);
  expect(beforeRetry).not.toHaveBeenCalled();
});

it('adds no limit when the caller chose one (undefined)', async () => {
  const runs = join(dir, 'unlimited.txt');
  await runUnderHeapLimit([child, runs, '0'], undefined, { stdio: 'ignore' }, 'child', () => {});
  expect(limits(runs)[0]).toBeGreaterThan(1024);
});
