/** The build's phase line (src/lib/build-phases.ts): made from the Astro child's marks, read back by the bench. */
import { describe, expect, it } from 'vitest';
import { marksFromJson, parsePhaseLine, phaseLine, phasesOf, type Marks } from '../../src/lib/build-phases.ts';
import { phases } from '../../scripts/bench/measure.ts';

const t0 = 1_800_000_000_000;
const marks: Marks = {
  configLoaded: { at: t0 + 2_000, peakMb: 180 },
  configSetup: { at: t0 + 2_500, peakMb: 260 },
  configDone: { at: t0 + 5_300, peakMb: 350 },
  buildStart: { at: t0 + 13_300, peakMb: 620 },
  bundled: { at: t0 + 20_900, peakMb: 960 },
  generated: { at: t0 + 47_700, peakMb: 1350 },
  buildDone: { at: t0 + 47_900, peakMb: 1351 },
};
const parent = { started: t0, astroExited: t0 + 48_400, postDone: t0 + 62_100, searchDone: t0 + 70_100 };

describe('phasesOf', () => {
  it('gives each phase the time from one mark to the next, and the peak RSS at its end', () => {
    const { seconds, peaks } = phasesOf(marks, parent);
    expect(seconds).toEqual({
      start: 2,
      'config resolve': 0.5,
      'config+check': 2.8,
      'content sync': 8,
      bundling: 7.6,
      'pages+images': 26.8,
      'Astro exit': 0.7,
      'after-build': 13.7,
      'search beyond': 8,
    });
    expect(peaks).toEqual({
      'config resolve': 260,
      'config+check': 350,
      'content sync': 620,
      bundling: 960,
      'pages+images': 1350,
      'Astro exit': 1351,
    });
  });

  it('leaves out the phases whose marks are missing, and counts no search when it ended first', () => {
    const { seconds, peaks } = phasesOf({ generated: marks.generated }, { ...parent, searchDone: t0 + 60_000 });
    expect(Object.keys(seconds)).toEqual(['Astro exit', 'after-build', 'search beyond']);
    expect(seconds['search beyond']).toBe(0);
    expect(peaks).toEqual({ 'pages+images': 1350 });
  });
});

describe('the phase line', () => {
  const { seconds, peaks } = phasesOf(marks, parent);
  const line = phaseLine('bench-2000', seconds, peaks);
  const stdout = [
    '  search: 4890 pages indexed',
    '✓ bench-2000: Astro 62.1 s, Pagefind 8.0 s (astro build 48.4 s; then fonts, social images and site files 13.7 s and, beside them, the search index 21.7 s)',
    line,
    'Built bench-2000 into .bench/site-bench-2000/',
  ].join('\n');

  it('says each phase in order, then the peaks', () => {
    expect(line).toBe(
      '  bench-2000 phases (s): start 2.0, config resolve 0.5, config+check 2.8, content sync 8.0, bundling 7.6, pages+images 26.8, Astro exit 0.7, after-build 13.7, search beyond 8.0; Astro peak MB: config resolve 260, config+check 350, content sync 620, bundling 960, pages+images 1350, Astro exit 1351',
    );
  });

  it('is read back from the build output, beside the line the bench already read', () => {
    expect(parsePhaseLine(stdout)).toEqual({ seconds, peaks });
    expect(phases(stdout)).toEqual({ astro: 62.1, pagefind: 8 });
  });

  it('reads nothing from an output without one (a build before the marks)', () => {
    expect(parsePhaseLine(stdout.replace(line, ''))).toEqual({ seconds: {}, peaks: {} });
  });
});

describe('marksFromJson', () => {
  it('reads back the marks the child wrote', () => {
    expect(marksFromJson(JSON.stringify(marks))).toEqual(marks);
    expect(marksFromJson(JSON.stringify({ bundled: marks.bundled }))).toEqual({ bundled: marks.bundled });
  });

  it('gives no marks for a file cut short, damaged or of another shape, rather than wrong phases', () => {
    const written = JSON.stringify(marks);
    expect(marksFromJson(written.slice(0, written.length / 2))).toEqual({});
    expect(marksFromJson('null')).toEqual({});
    expect(marksFromJson('[]')).toEqual({});
    expect(marksFromJson(JSON.stringify({ bundled: { at: '1', peakMb: 3 } }))).toEqual({});
    expect(marksFromJson(JSON.stringify({ bundled: { at: 1 } }))).toEqual({});
    expect(marksFromJson(JSON.stringify({ ...marks, rendered: { at: 1, peakMb: 1 } }))).toEqual({});
  });
});
