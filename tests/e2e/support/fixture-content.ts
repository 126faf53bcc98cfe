/**
 * Facts of the fixture province read from its content files, so that browser tests expect what
 * the content says rather than a copy of it: locales, anniversaries, plans and their text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BaseEvent } from '../../../src/lib/anniversaries.ts';

const ROOT = 'tests/fixtures/content';
const PROVINCE = join(ROOT, 'fixture');

const yamlFiles = (dir: string): [slug: string, data: Record<string, unknown>][] => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]);
  } catch {
    return [];
  }
};

/** The fixture's locales, as its province.yaml lists them. */
export const fixtureLocales = (): string[] =>
  (parse(readFileSync(join(PROVINCE, 'province.yaml'), 'utf8')) as { locales: string[] }).locales;

/** The base events the fixture's calendar computes from: national ones and the province's own. */
export function fixtureEvents(): BaseEvent[] {
  return [...yamlFiles(join(ROOT, 'national', 'anniversaries')), ...yamlFiles(join(PROVINCE, 'anniversaries'))].map(
    ([slug, d]) => ({
      slug,
      title: d.title as BaseEvent['title'],
      kind: String(d.kind),
      ...(d.date !== undefined
        ? { date: d.date instanceof Date ? d.date.toISOString().slice(0, 10) : String(d.date) }
        : {}),
      ...(d.lunar !== undefined ? { lunar: d.lunar as BaseEvent['lunar'] } : {}),
      ...(d.since !== undefined ? { since: Number(d.since) } : {}),
      yearly: d.yearly === true,
      counted: d.counted !== false,
    }),
  );
}

type Entry = { slug: string; data: Record<string, unknown>; body: string };
const readEntry = (file: string): Entry => {
  const [, front = '', ...rest] = readFileSync(file, 'utf8').split(/^---$/m);
  return {
    slug: file.replace(/^.*\/|\.md$/g, ''),
    data: parse(front) as Record<string, unknown>,
    body: rest.join('---'),
  };
};

/** Each fixture plan in Vietnamese: its slug, front matter and body. */
export function fixturePlans(): Entry[] {
  const dir = join(PROVINCE, 'plans', 'vi');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readEntry(join(dir, f)));
}

/** A plan written in `lang` itself (not shown through a fallback, so in that locale's search index), if any. */
export function planIn(lang: string): { slug: string; title: string } | undefined {
  const dir = join(PROVINCE, 'plans', lang);
  try {
    const file = readdirSync(dir).find((f) => f.endsWith('.md'));
    if (!file) return undefined;
    const entry = readEntry(join(dir, file));
    return { slug: entry.slug, title: String(entry.data.title) };
  } catch {
    return undefined;
  }
}
