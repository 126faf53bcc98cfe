/** The benchmark's table (stdout and docs) from its results. */
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
  bareMsPerPage: number;
  /** A rebuild the next day with nothing changed. */
  nextDayS: number;
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
    'portal peak MB',
  ];
  const lines = rows.map((r) => [
    String(r.entries),
    `${r.msPerPage.toFixed(2)} (${r.totalS.toFixed(1)} s, ${r.pages} pages)`,
    `${r.bareMsPerPage.toFixed(2)} (${r.barePages}, ${r.bareS.toFixed(1)} s)`,
    `${(r.msPerPage / r.bareMsPerPage).toFixed(2)}×`,
    `${r.rebuildS.toFixed(1)} s (${pct(r.rebuildS, r.totalS)})`,
    `${r.nextDayS.toFixed(1)} s (${pct(r.nextDayS, r.totalS)})`,
    f1(r.peakMb),
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---:').join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
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
