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
}

const f1 = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(1));

export function table(rows: readonly BenchRow[]): string {
  const head = ['entries', 'pages', 'Astro s', 'Pagefind s', 'total s', 'ms/page', 'peak MB', 'dist MB', 'rebuild s', 'rebuild Astro s', 'rebuild Pagefind s', 'rebuild peak MB'];
  const lines = rows.map((r) => [String(r.entries), String(r.pages), f1(r.astroS), f1(r.pagefindS), f1(r.totalS), r.msPerPage.toFixed(2), f1(r.peakMb), f1(r.distMb), f1(r.rebuildS), f1(r.rebuildAstroS), f1(r.rebuildPagefindS), f1(r.rebuildPeakMb)]);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---:').join(' | ')} |`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}
