/**
 * Where a portal build's time goes: the Astro child's marks (src/integrations/phase-marks.ts) and
 * the parent's own, turned into the phases the build prints on one line and the bench reads back.
 */
import { z } from 'astro/zod';

/** Hooks the Astro child marks, in the order they run (epoch ms and the child's peak RSS so far). */
export const MARKS = [
  'configLoaded',
  'configSetup',
  'configDone',
  'buildStart',
  'bundled',
  'generated',
  'buildDone',
] as const;
export type MarkName = (typeof MARKS)[number];
export interface Mark {
  at: number;
  peakMb: number;
}
export type Marks = Partial<Record<MarkName, Mark>>;

const markSchema = z.object({ at: z.number().finite(), peakMb: z.number().finite().nonnegative() }).strict();
const marksSchema = z.object(Object.fromEntries(MARKS.map((name) => [name, markSchema.optional()]))).strict();

/**
 * The marks read back from the child's file. A file cut short, damaged or from another version of
 * the integration gives no marks (the build then prints no phases) rather than wrong ones.
 */
export function marksFromJson(text: string): Marks {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const parsed = marksSchema.safeParse(value);
  if (!parsed.success) return {};
  const marks: Marks = {};
  for (const name of MARKS) {
    const mark = parsed.data[name];
    if (mark) marks[name] = mark;
  }
  return marks;
}

/**
 * The phases, in the order printed; each from one mark (or the parent's clock) to the next: the
 * parent's start, Node and Astro starting and astro.config.mjs evaluated (with what it imports);
 * Astro resolving that config; every integration's setup (the portal's content check); content
 * sync; bundling; pages and optimised images; Astro's last hooks and exit; the parent's after-build
 * steps (fonts, social images, site files); the search index beyond them (it runs beside them).
 */
export const PHASES = [
  'start',
  'config resolve',
  'config+check',
  'content sync',
  'bundling',
  'pages+images',
  'Astro exit',
  'after-build',
  'search beyond',
] as const;
export type PhaseName = (typeof PHASES)[number];
export type Phases = Partial<Record<PhaseName, number>>;
/** The Astro child's peak RSS (MB) at the end of each of its phases. */
export type PhasePeaks = Partial<Record<PhaseName, number>>;

/** The parent's clock (epoch ms): build started, Astro exited, after-build steps done, search index done. */
export interface ParentTimes {
  started: number;
  astroExited: number;
  postDone: number;
  searchDone: number;
}

/** Seconds of each phase, and the child's peak RSS at the end of each Astro phase, from the marks. */
export function phasesOf(marks: Marks, parent: ParentTimes): { seconds: Phases; peaks: PhasePeaks } {
  const seconds: Phases = {};
  const peaks: PhasePeaks = {};
  const span = (name: PhaseName, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined) seconds[name] = Math.max(0, to - from) / 1000;
  };
  const astro: [PhaseName, MarkName, MarkName][] = [
    ['config resolve', 'configLoaded', 'configSetup'],
    ['config+check', 'configSetup', 'configDone'],
    ['content sync', 'configDone', 'buildStart'],
    ['bundling', 'buildStart', 'bundled'],
    ['pages+images', 'bundled', 'generated'],
  ];
  span('start', parent.started, marks.configLoaded?.at);
  for (const [name, from, to] of astro) {
    span(name, marks[from]?.at, marks[to]?.at);
    if (marks[to]) peaks[name] = marks[to].peakMb;
  }
  span('Astro exit', marks.generated?.at, parent.astroExited);
  if (marks.buildDone) peaks['Astro exit'] = marks.buildDone.peakMb;
  span('after-build', parent.astroExited, parent.postDone);
  seconds['search beyond'] = Math.max(0, parent.searchDone - parent.postDone) / 1000;
  return { seconds, peaks };
}

const LEAD = 'phases (s):';
const PEAKS = 'Astro peak MB:';

/** "  <id> phases (s): start 2.1, config+check 3.0, …; Astro peak MB: config+check 410, …" */
export function phaseLine(id: string, seconds: Phases, peaks: PhasePeaks): string {
  const listed = (values: Phases, shown: (n: number) => string) =>
    PHASES.flatMap((p) => {
      const value = values[p];
      return value === undefined ? [] : [`${p} ${shown(value)}`];
    });
  const times = listed(seconds, (s) => s.toFixed(1));
  const mbs = listed(peaks, (mb) => String(Math.round(mb)));
  return `  ${id} ${LEAD} ${times.join(', ')}${mbs.length ? `; ${PEAKS} ${mbs.join(', ')}` : ''}`;
}

/** The phases back from a build's output (the first phase line in it); empty when there is none. */
export function parsePhaseLine(stdout: string): { seconds: Phases; peaks: PhasePeaks } {
  const line = stdout.split('\n').find((l) => l.includes(` ${LEAD} `));
  const seconds: Phases = {};
  const peaks: PhasePeaks = {};
  if (!line) return { seconds, peaks };
  const [times = '', mbs = ''] = line.slice(line.indexOf(LEAD) + LEAD.length).split(`; ${PEAKS}`);
  const read = (list: string, into: Partial<Record<PhaseName, number>>) => {
    for (const part of list.split(',')) {
      const item = part.trim();
      const cut = item.lastIndexOf(' ');
      const name = PHASES.find((p) => p === item.slice(0, cut));
      const value = Number(item.slice(cut + 1));
      if (name && cut > 0 && Number.isFinite(value)) into[name] = value;
    }
  };
  read(times, seconds);
  read(mbs, peaks);
  return { seconds, peaks };
}
