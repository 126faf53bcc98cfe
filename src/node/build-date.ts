/** The one date a build uses for time-dependent output: BUILD_DATE, else the last commit's date. */
import { execFileSync } from 'node:child_process';

export function buildDate(): string {
  const fromEnv = process.env.BUILD_DATE;
  if (fromEnv) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromEnv)) throw new Error(`BUILD_DATE: "${fromEnv}" — expected YYYY-MM-DD`);
    return fromEnv;
  }
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%cs'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || today()
    );
  } catch {
    return today(); // not a Git checkout (e.g. a tarball): fall back to the day of the build
  }
}

const today = () => new Date().toISOString().slice(0, 10);
