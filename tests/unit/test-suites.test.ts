/**
 * Tests sorted by kind (issue 21, point 5): unit tests in tests/unit, the scripts run as child
 * processes in tests/commands, site builds in tests/build, gates on built sites in tests/built,
 * browser journeys in tests/e2e. Each folder has its own runner config; `npm test` must run every
 * one of them, or a test moved to a new folder silently stops running.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The scripts `npm test` runs, in order ("npm run a && npm run b" → ["a", "b"]). */
function steps(command: string): string[] {
  return command.split('&&').map((part) => part.trim().match(/^npm run ([\w:-]+)$/u)?.[1] ?? part.trim());
}

/** The Vitest config a script runs, or undefined when the script is not `vitest run`. */
function vitestConfig(script: string): string | undefined {
  const words = script.split(/\s+/u);
  if (words[0] !== 'vitest' || words[1] !== 'run') return undefined;
  const at = words.indexOf('-c');
  return at < 0 ? 'vitest.config.ts' : words[at + 1];
}

/** The test files a set of Vitest configs picks up. */
async function filesRunBy(configs: string[]): Promise<string[]> {
  const files = [];
  for (const config of configs) {
    const { default: options } = (await import(join(repo, config))) as { default: { test?: { include?: string[] } } };
    files.push(...globSync(options.test?.include ?? [], { cwd: repo }));
  }
  return files.sort();
}

const everyVitestFile = globSync('tests/**/*.test.ts', { cwd: repo, exclude: (name) => name === 'node_modules' })
  .filter((file) => !file.startsWith('tests/e2e/'))
  .sort();

describe('npm test', () => {
  it('runs unit, command, build, built-site and browser tests, each folder by its own script', () => {
    expect(steps(scripts.test!)).toEqual(
      expect.arrayContaining(['test:unit', 'test:commands', 'test:build', 'test:dist', 'test:e2e']),
    );
    expect(vitestConfig(scripts['test:unit']!)).toBe('vitest.config.ts');
    expect(scripts['test:e2e']).toBe('playwright test');
    expect(readFileSync(join(repo, 'playwright.config.ts'), 'utf8')).toContain("testDir: './tests/e2e'");
  });

  it('checks types, lint and formatting first, and the lint and format scripts run ESLint and Prettier over the repository', () => {
    expect(steps(scripts.test!).slice(0, 3)).toEqual(['typecheck', 'lint', 'format:check']);
    // astro sync first: the typed rules read astro:content's generated types (.astro/), which a fresh clone lacks.
    expect(scripts.lint).toBe('astro sync && eslint --max-warnings 0');
    expect(scripts['format:check']).toBe('prettier --check .');
    expect(scripts.format).toBe('prettier --write .');
  });

  it('runs every Vitest file outside tests/e2e exactly once', async () => {
    const configs = steps(scripts.test!).flatMap((step) => {
      const config = scripts[step] === undefined ? undefined : vitestConfig(scripts[step]);
      return config === undefined ? [] : [config];
    });
    const run = await filesRunBy(configs);
    expect(run).toEqual(everyVitestFile);
    expect(new Set(run).size).toBe(run.length);
  });

  it('keeps tests/unit free of site builds: no unit test runs scripts/build.ts or `astro build`', () => {
    const builds = globSync('tests/unit/**/*.test.ts', { cwd: repo }).filter((file) => {
      if (file === 'tests/unit/test-suites.test.ts') return false; // names the patterns below
      const text = readFileSync(join(repo, file), 'utf8');
      return (
        text.includes("'scripts/build.ts'") ||
        text.includes("'build.ts'") ||
        text.includes("'build', '--silent'") ||
        text.includes('astro.mjs')
      );
    });
    expect(builds).toEqual([]);
  });
});
