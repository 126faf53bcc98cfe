/**
 * A lock file held by one build: created with O_EXCL (`wx`), so of two builds starting at once
 * exactly one creates it; it holds the owner's pid, so a lock left by a build that was killed
 * (its pid no longer runs) is taken over instead of blocking every later build.
 */
import { linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { errorCode } from '../../src/node/error-message.ts';

export interface HeldLock {
  path: string;
  release(): void;
}

export type LockAttempt = { held: HeldLock } | { heldBy: number };

const pidIn = (path: string): number | undefined => {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return undefined; // gone meanwhile
  }
};

function isRunning(pid: number): boolean {
  if (pid === 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // alive, owned by another user
  }
}

/** Takes the lock at `path`, or says which live process holds it. */
export function tryLock(path: string): LockAttempt {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        held: {
          path,
          release() {
            if (released) return;
            released = true;
            if (pidIn(path) === process.pid) unlinkSync(path);
          },
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const owner = pidIn(path);
    if (owner === undefined) continue; // released between our two looks: try again
    if (isRunning(owner)) return { heldBy: owner };
    takeOverStale(path, owner);
  }
  throw new Error(`${path}: could not take the lock after several attempts`);
}

/**
 * Moves a dead owner's lock aside. The move is atomic, so of two builds taking over the same
 * stale lock only one moves it; if what was moved is not the stale lock (another build took it
 * over first and holds it now), it is put back.
 */
function takeOverStale(path: string, deadPid: number): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  if (pidIn(aside) !== deadPid) {
    try {
      linkSync(aside, path); // fails if a third build has locked meanwhile; it then holds the lock
    } catch {
      /* the other holder keeps running; ours will find the lock held */
    }
  }
  unlinkSync(aside);
}
