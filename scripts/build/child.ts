/**
 * The build's child processes (Astro, Pagefind), run asynchronously so that a build stopped with
 * Ctrl+C or SIGTERM can stop them, wait until they have exited, and only then remove its scratch
 * folder (a child still writing would leave files behind).
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const running = new Set<ChildProcess>();

/** A child that exited with a code other than 0, or was ended by a signal. */
export class ChildFailed extends Error {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  constructor(what: string, code: number | null, signal: NodeJS.Signals | null) {
    super(`${what} failed (exit ${code ?? signal})`);
    this.code = code;
    this.signal = signal;
  }
}

/** Runs `node args…` in its own process group; resolves when it exits with 0, rejects otherwise. */
export function runNode(args: string[], options: SpawnOptions, what: string): Promise<void> {
  return startNode(args, options, what).exited;
}

/**
 * Starts `node args…` in its own process group (its standard input a pipe with `stdio: ['pipe', …]`);
 * `exited` resolves when it exits with 0 and rejects otherwise (with a `ChildFailed`).
 */
export function startNode(
  args: string[],
  options: SpawnOptions,
  what: string,
): { child: ChildProcess; exited: Promise<void> } {
  // Its own group, so a signal reaches the child and the processes it starts (Pagefind's binary).
  const child = spawn(process.execPath, args, { stdio: 'inherit', ...options, detached: true });
  running.add(child);
  const exited = new Promise<void>((resolvePromise, reject) => {
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolvePromise();
      else reject(new ChildFailed(what, code, signal));
    });
  });
  return { child, exited };
}

/** Sends `signal` to every running child's group and waits until all have exited (SIGKILL after `graceMs`). */
export async function stopChildren(signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
  const exits = [...running].map(
    (child) =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        const kill = (sig: NodeJS.Signals) => {
          // A child that failed to start has no pid, and nothing to stop.
          if (child.pid === undefined) return;
          try {
            process.kill(-child.pid, sig);
          } catch {
            /* already gone */
          }
        };
        kill(signal);
        setTimeout(() => kill('SIGKILL'), graceMs).unref();
      }),
  );
  await Promise.all(exits);
}
