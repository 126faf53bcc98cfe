/** The build's lock file (scripts/build/lock.ts): one holder, a live holder is named, a dead one's lock is taken over. */
import { expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tryLock } from '../../scripts/build/lock.ts';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'portal-lock-')), 'dist.lock');

it('one holder at a time; released, it can be taken again', () => {
  const path = lockIn();
  const first = tryLock(path);
  if (!('held' in first)) throw new Error('expected the lock');
  expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
  expect(tryLock(path)).toEqual({ heldBy: process.pid });
  first.held.release();
  expect(existsSync(path)).toBe(false);
  const again = tryLock(path);
  expect('held' in again).toBe(true);
  if ('held' in again) again.held.release();
  rmSync(join(path, '..'), { recursive: true });
});

it('a lock whose process still runs is respected; one whose process has ended is taken over', async () => {
  const path = lockIn();
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  writeFileSync(path, `${other.pid}\n`);
  expect(tryLock(path)).toEqual({ heldBy: other.pid });
  other.kill();
  await new Promise((done) => other.on('exit', done));
  const taken = tryLock(path);
  expect('held' in taken).toBe(true);
  expect(readFileSync(path, 'utf8').trim()).toBe(String(process.pid));
  if ('held' in taken) taken.held.release();
  rmSync(join(path, '..'), { recursive: true });
});

it('releasing never removes a lock another build holds now', () => {
  const path = lockIn();
  const mine = tryLock(path);
  if (!('held' in mine)) throw new Error('expected the lock');
  writeFileSync(path, '1\n'); // taken over meanwhile (pid 1 always runs)
  mine.held.release();
  expect(readFileSync(path, 'utf8')).toBe('1\n');
  rmSync(join(path, '..'), { recursive: true });
});
