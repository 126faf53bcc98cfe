/**
 * Where a build writes and how its result replaces the last good site. Each build writes into a
 * scratch folder of its own beside the target (`<target>.building-<pid>-<random>`, same file
 * system, so the swap is a rename); the target changes only in `swapIn`, two renames with no
 * await between them, so no signal handler can run in the middle. Called with the target's lock
 * held (scripts/build/lock.ts): no other build of this target runs meanwhile.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const unique = () => `${process.pid}-${randomBytes(4).toString('hex')}`;

export const scratchFolderFor = (target: string) => `${target}.building-${unique()}`;

/** Deletes a folder (tens of thousands of files on a large site, ~15 s) in the background, under a name no build uses. */
function discard(folder: string): void {
  const trash = join(dirname(folder), `${basename(folder).replace(/\.old$/, '')}.old-${unique()}`);
  renameSync(folder, trash);
  spawn('rm', ['-rf', trash], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Puts right what a killed build left (nothing else holds the target's lock): a swap cut off
 * between its renames (SIGKILL, power loss) gets the last good site back; scratch folders of
 * killed builds are removed; trash whose background deletion was cut off is deleted again.
 */
export function recoverTarget(target: string): void {
  const old = `${target}.old`;
  if (existsSync(old)) {
    if (existsSync(target)) discard(old);
    else renameSync(old, target);
  }
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  const name = basename(target);
  for (const entry of readdirSync(dir)) {
    if (entry === `${name}.building` || entry.startsWith(`${name}.building-`))
      rmSync(join(dir, entry), { recursive: true, force: true });
    else if (entry.startsWith(`${name}.old-`))
      spawn('rm', ['-rf', join(dir, entry)], { detached: true, stdio: 'ignore' }).unref();
  }
}

/** Replaces the target with the finished scratch folder; the previous site is deleted in the background. */
export function swapIn(scratch: string, target: string): void {
  const old = `${target}.old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(scratch, target);
  if (existsSync(old)) discard(old);
}
