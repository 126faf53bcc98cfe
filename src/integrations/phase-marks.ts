/**
 * Notes when Astro reaches each stage of a build (epoch ms and the process's peak RSS so far) and
 * writes the marks to build-phases.json in the cache folder when it is done, for scripts/build.ts to
 * print where the build's time went (src/lib/build-phases.ts). Listed first among the integrations,
 * so its config setup starts before the portal's, where the content check runs.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { MarkName, Marks } from '../lib/build-phases.ts';

export const PHASE_MARKS_FILE = 'build-phases.json';

export function phaseMarks(): AstroIntegration {
  const marks: Marks = {};
  const mark = (name: MarkName) => {
    // maxRSS is in kilobytes: the peak of this process so far.
    marks[name] = { at: performance.timeOrigin + performance.now(), peakMb: process.resourceUsage().maxRSS / 1024 };
  };
  let cacheDir = '';
  // Called while astro.config.mjs is evaluated: the config and what it imports are loaded.
  mark('configLoaded');
  return {
    name: 'phase-marks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        mark('configSetup');
        updateConfig({
          vite: {
            // Bundling ends with the last environment's bundle (prerender, then client); pages come after.
            plugins: [{ name: 'phase-marks', closeBundle: () => mark('bundled') }],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        mark('configDone');
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => {
        mark('buildDone');
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(`${cacheDir}/${PHASE_MARKS_FILE}`, JSON.stringify(marks));
      },
    },
  };
}
