/** The bench's tables (scripts/bench/report.ts): the phase table and the bare site's floor beside the rebuilds. */
import { describe, expect, it } from 'vitest';
import { floorLine, phaseTable, ratioTable, type BenchRow } from '../../scripts/bench/report.ts';

const row: BenchRow = {
  entries: 2000,
  pages: 4890,
  astroS: 62.1,
  pagefindS: 8,
  totalS: 73.4,
  peakMb: 1350,
  distMb: 120,
  msPerPage: (73.4 * 1000) / 4890,
  rebuildS: 44.5,
  rebuildAstroS: 40,
  rebuildPagefindS: 1,
  rebuildPeakMb: 1100,
  barePages: 4000,
  bareS: 40,
  bareAstroS: 30,
  bareMsPerPage: 10,
  nextDayS: 23.3,
  phases: {
    cold: {
      seconds: { start: 2, 'config+check': 2.8, 'pages+images': 26.8, 'search beyond': 8 },
      peaks: { 'config+check': 350, 'pages+images': 1350.4 },
    },
    oneEntry: { seconds: { bundling: 5.5 }, peaks: {} },
    nextDay: { seconds: { 'content sync': 3.3 }, peaks: { bundling: 900 } },
  },
  bareCachedColdAstroS: 30.4,
  bareNoChangeAstroS: 7.3,
  bareNoChangeRendered: 0,
};

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

describe('phaseTable', () => {
  const lines = phaseTable([row]).split('\n');
  const head = cells(lines[0] ?? '');

  it('has one line per build, a column per phase and the peaks', () => {
    expect(lines).toHaveLength(5);
    expect(head).toEqual([
      'entries',
      'build',
      'start s',
      'config resolve s',
      'config+check s',
      'content sync s',
      'bundling s',
      'pages+images s',
      'Astro exit s',
      'after-build s',
      'search beyond s',
      'Astro peak MB by phase',
    ]);
    const cold = cells(lines[2] ?? '');
    expect(cold.slice(0, 5)).toEqual(['2000', 'cold', '2.0', '–', '2.8']);
    expect(cold[head.indexOf('pages+images s')]).toBe('26.8');
    expect(cold.at(-1)).toBe('config+check 350, pages+images 1350');
    expect(cells(lines[3] ?? '').slice(0, 2)).toEqual(['2000', 'one entry']);
    expect(cells(lines[3] ?? '')[head.indexOf('bundling s')]).toBe('5.5');
    expect(cells(lines[3] ?? '').at(-1)).toBe('–');
    expect(cells(lines[4] ?? '')[head.indexOf('content sync s')]).toBe('3.3');
  });
});

describe('the bare floor', () => {
  it('stands in the ratio table beside the rebuilds, as a share of the portal cold build', () => {
    const [head = '', , line = ''] = ratioTable([row]).split('\n');
    const at = cells(head).indexOf('bare no-change rebuild, Astro (of cold)');
    expect(at).toBe(cells(head).indexOf('next-day rebuild (of cold)') + 1);
    expect(cells(line)[at]).toBe('7.3 s (10 %)');
  });

  it('is said in one line with the bare cold builds and the portal rebuilds', () => {
    expect(floorLine(row)).toBe(
      "bare site, 2000 entries, Astro only: cold 30.4 s with the incremental cache on (the cold ratio's bare build, without it: Astro 30.0 s, with Pagefind 40.0 s); rebuilt with nothing changed (0 of 4000 pages rendered, the rest copied) 7.3 s = 10 % of the portal's cold build (portal: next day 23.3 s, one entry 44.5 s)",
    );
  });
});
