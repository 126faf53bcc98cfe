/**
 * The anniversary dataset against the seed plans (../shared/seeds): every anniversary a plan lists for its
 * year ("55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Campuchia (24/6/1967 - 24/6/2022)", or
 * without dates: "90 năm thành lập tỉnh Gia Lai") is computed by anniversariesOf with the same count.
 * The seeds are fixed reference texts, so reading them with patterns here is a test's own business.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anniversariesOf, type Anniversary, type BaseEvent } from '../../src/lib/anniversaries.ts';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { seedsDir } from '../helpers/seed-documents.ts';

const root = join(import.meta.dirname, '../..');
const loaded = new Map<string, BaseEvent[]>();
const load = (folder: string): BaseEvent[] => {
  if (!loaded.has(folder))
    loaded.set(
      folder,
      validateEntries(readYamlDir(join(root, 'content', folder, 'anniversaries')), anniversarySchema).items,
    );
  return loaded.get(folder)!;
};
const eventsFor = (province: string): BaseEvent[] => [...load('national'), ...load(province)];

/** Each seed plan, the province whose portal carries it, and how many anniversaries it lists (a guard on the reader below). */
const seeds = [
  { file: 'kon-gang-2022.txt', province: 'gia-lai', listed: 5 },
  { file: 'cao-xa-2023.txt', province: 'phu-tho', listed: 0 },
  { file: 'gia-lai-2024.txt', province: 'gia-lai', listed: 6 },
];

/** One anniversary as a plan lists it. */
interface Listed {
  years: number;
  title: string;
  /** The day of the event, YYYY-MM-DD, when the plan gives it. */
  since?: string;
}

const pad = (n: string) => n.padStart(2, '0');
const DAY = String.raw`(\d{1,2})/(\d{1,2})/(\d{4})`;
// "N năm <title>" ending at a bracket, a list separator or the end of the sentence; "tháng 6 năm 2023" is a date, not a count.
const LISTED_RE = new RegExp(
  String.raw`(?<!tháng\s)(?<![\d/])(\d{1,3}) năm (?!\d)([^(;,.”]+?)\s*(?:\(${DAY}\s*-\s*${DAY}\)|(?=[;,.”]| và |$))`,
  'gu',
);

/** The anniversaries listed in a plan's paragraphs. */
function listedIn(paragraphs: readonly string[]): Listed[] {
  return paragraphs.flatMap((p) =>
    [...p.matchAll(LISTED_RE)].map((m) => {
      const [, years, title, d, mo, y] = m;
      return { years: Number(years), title: title!.trim(), ...(y ? { since: `${y}-${pad(mo!)}-${pad(d!)}` } : {}) };
    }),
  );
}

const words = (s: string): Set<string> =>
  new Set(
    [...new Intl.Segmenter('vi', { granularity: 'word' }).segment(s.normalize('NFC').toLocaleLowerCase('vi'))]
      .filter((w) => w.isWordLike)
      .map((w) => w.segment),
  );

/** The computed anniversary that a listed one names: same event day and count, or (no dates) same count and all its title words. */
function findListed(item: Listed, list: readonly Anniversary[], year: number): Anniversary | undefined {
  return list.find((a) => {
    if (a.years !== item.years) return false;
    if (item.since)
      return a.date === `${year}${item.since.slice(4)}` && year - a.years === Number(item.since.slice(0, 4));
    const have = words(a.title.vi);
    return [...words(item.title)].filter((w) => w !== 'ngày').every((w) => have.has(w));
  });
}

/** What a plan lists that the dataset does not compute for the plan's year. */
const missingFrom = (listed: readonly Listed[], events: readonly BaseEvent[], year: number): Listed[] => {
  const list = anniversariesOf(events, year);
  return listed.filter((item) => !findListed(item, list, year));
};

const readSeed = (file: string) => parsePlan(readFileSync(join(seedsDir, file), 'utf8'));

describe('the anniversaries each seed plan lists are computed for its year', () => {
  it.each(seeds)('$file', ({ file, province, listed }) => {
    const plan = readSeed(file);
    expect(plan.year, 'the plan’s year').toBeTypeOf('number');
    const items = listedIn(plan.paragraphs);
    expect(items, 'anniversaries read from the plan').toHaveLength(listed);
    expect(missingFrom(items, eventsFor(province), plan.year!)).toEqual([]);
  });

  it('reads dated and undated entries with their counts', () => {
    const items = listedIn(readSeed('kon-gang-2022.txt').paragraphs);
    expect(items).toContainEqual({
      years: 55,
      title: 'Ngày thiết lập quan hệ ngoại giao Việt Nam - Campuchia',
      since: '1967-06-24',
    });
    expect(items).toContainEqual({ years: 90, title: 'thành lập tỉnh Gia Lai' });
    expect(items).toContainEqual({ years: 75, title: 'Ngày Thương binh Liệt sĩ' });
  });

  it('reports an event the dataset lacks, dated or not, and a wrong count', () => {
    const plan = readSeed('kon-gang-2022.txt');
    const items = listedIn(plan.paragraphs);
    const without = (slug: string) => eventsFor('gia-lai').filter((e) => e.slug !== slug);
    expect(missingFrom(items, without('viet-nam-lao-quan-he-ngoai-giao'), 2022)).toEqual([
      { years: 60, title: 'Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào', since: '1962-09-05' },
    ]);
    expect(missingFrom(items, without('thanh-lap-tinh-gia-lai'), 2022)).toEqual([
      { years: 90, title: 'thành lập tỉnh Gia Lai' },
    ]);
    expect(missingFrom(items, eventsFor('gia-lai'), 2023).length).toBe(items.length);
  });
});
