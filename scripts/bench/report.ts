/** The benchmark's table (stdout and docs) from its results. */
import { PHASES, type PhasePeaks, type Phases } from '../../src/lib/build-phases.ts';

/** Where one build's time went, read from its phase line (src/lib/build-phases.ts). */
export interface BuildPhases {
  seconds: Phases;
  peaks: PhasePeaks;
}
export interface BenchRow {
  entries: number;
  pages: number;
  astroS: number;
  pagefindS: number;
  totalS: number;
  peakMb: number | null;
  distMb: number;
  msPerPage: number;
  rebuildS: number;
  /** The rebuild's Astro and Pagefind phases (as astroS and pagefindS). */
  rebuildAstroS: number;
  rebuildPagefindS: number;
  rebuildPeakMb: number | null;
  /** The bare Astro + Pagefind site over the same Markdown (scripts/bench/bare.ts), built in the same run. */
  barePages: number;
  bareS: number;
  /** Its Astro part (bareS less Pagefind). */
  bareAstroS: number;
  bareMsPerPage: number;
  /** A rebuild the next day with nothing changed. */
  nextDayS: number;
  /** The phases of the cold build, the one-entry rebuild and the next-day rebuild. */
  phases: { cold: BuildPhases; oneEntry: BuildPhases; nextDay: BuildPhases };
  /** The bare site with Astro's incremental build (scripts/bench/bare.ts bareFloor): Astro's seconds, cold then with nothing changed. */
  bareCachedColdAstroS: number;
  bareNoChangeAstroS: number;
  /** Pages that no-change build rendered instead of copying (0: the floor is a pure copy). */
  bareNoChangeRendered: number;
}

const f1 = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(1));

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

/** The issue-20 targets: the portal's ms per page as a ratio to the bare site's, and rebuilds as shares of the cold build. */
export function ratioTable(rows: readonly BenchRow[]): string {
  const head = [
    'entries',
    'portal ms/page',
    'bare ms/page (pages, s)',
    'ratio',
    'one-entry rebuild (of cold)',
    'next-day rebuild (of cold)',
    'bare no-change rebuild, Astro (of cold)',
    'portal peak MB',
  ];
  const lines = rows.map((r) => [
    String(r.entries),
    `${r.msPerPage.toFixed(2)} (${r.totalS.toFixed(1)} s, ${r.pages} pages)`,
    `${r.bareMsPerPage.toFixed(2)} (${r.barePages}, ${r.bareS.toFixed(1)} s)`,
    `${(r.msPerPage / r.bareMsPerPage).toFixed(2)}×`,
    `${r.rebuildS.toFixed(1)} s (${pct(r.rebuildS, r.totalS)})`,
    `${r.nextDayS.toFixed(1)} s (${pct(r.nextDayS, r.totalS)})`,
    `${r.bareNoChangeAstroS.toFixed(1)} s (${pct(r.bareNoChangeAstroS, r.totalS)})`,
    f1(r.peakMb),
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---:').join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}

/**
 * One line per build (cold, one entry changed, next day): seconds per phase, then the Astro child's
 * peak RSS (MB) at the end of its phases.
 */
export function phaseTable(rows: readonly BenchRow[]): string {
  const head = ['entries', 'build', ...PHASES.map((p) => `${p} s`), 'Astro peak MB by phase'];
  const line = (entries: number, kind: string, p: BuildPhases) => [
    String(entries),
    kind,
    ...PHASES.map((name) => f1(p.seconds[name] ?? null)),
    PHASES.flatMap((name) => {
      const mb = p.peaks[name];
      return mb === undefined ? [] : [`${name} ${Math.round(mb)}`];
    }).join(', ') || '–',
  ];
  const lines = rows.flatMap((r) => [
    line(r.entries, 'cold', r.phases.cold),
    line(r.entries, 'one entry', r.phases.oneEntry),
    line(r.entries, 'next day', r.phases.nextDay),
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}

/** The bare site's Astro floor (Astro alone, same Markdown) beside the portal's rebuilds. */
export function floorLine(r: BenchRow): string {
  return `bare site, ${r.entries} entries, Astro only: cold ${r.bareCachedColdAstroS.toFixed(1)} s with the incremental cache on (the cold ratio's bare build, without it: Astro ${r.bareAstroS.toFixed(1)} s, with Pagefind ${r.bareS.toFixed(1)} s); rebuilt with nothing changed (${r.bareNoChangeRendered} of ${r.barePages} pages rendered, the rest copied) ${r.bareNoChangeAstroS.toFixed(1)} s = ${pct(r.bareNoChangeAstroS, r.totalS)} of the portal's cold build (portal: next day ${r.nextDayS.toFixed(1)} s, one entry ${r.rebuildS.toFixed(1)} s)`;
}

export function table(rows: readonly BenchRow[]): string {
  const head = [
    'entries',
    'pages',
    'Astro s',
    'Pagefind s',
    'total s',
    'ms/page',
    'peak MB',
    'dist MB',
    'rebuild s',
    'rebuild Astro s',
    'rebuild Pagefind s',
    'rebuild peak MB',
  ];
  const lines = rows.map((r) => [
    String(r.entries),
    String(r.pages),
    f1(r.astroS),
    f1(r.pagefindS),
    f1(r.totalS),
    r.msPerPage.toFixed(2),
    f1(r.peakMb),
    f1(r.distMb),
    f1(r.rebuildS),
    f1(r.rebuildAstroS),
    f1(r.rebuildPagefindS),
    f1(r.rebuildPeakMb),
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---:').join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}
