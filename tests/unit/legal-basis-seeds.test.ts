/**
 * The national set of legal documents (content/national/legal) holds every document the seed plans
 * (../shared/seeds) cite as a basis ("Căn cứ…"), with the number and date the plan gives, and every basis
 * a held plan (content/<province>/plans/vi) cites links to an entry with that number.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/lib/content-check/parse-entry.ts';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { legalSchema, type Legal } from '../../src/schemas/legal.ts';
import { planSource } from '../../src/schemas/plan.ts';
import { seedsDir } from '../helpers/seed-documents.ts';

const root = join(import.meta.dirname, '../..');
const legal = validateEntries(readYamlDir(join(root, 'content', 'national', 'legal')), legalSchema);

/**
 * Cited as a basis, but no source found gives what an entry needs: the Cao Xá plan names only the number,
 * date and issuer of Lâm Thao district's plan 38/KH-UBND, not its title (trích yếu), and no stored page
 * has it. Listed so the gap stays visible; the test fails when it is filled and this list is not updated.
 */
const notYetHeld = ['38/KH-UBND'];

interface Cited {
  number?: string;
  date?: string;
}

/** The cited documents no entry matches by number and (when the plan gives one) date of issue. */
function notInSet(cited: readonly Cited[], entries: readonly Legal[]): string[] {
  return cited
    .filter((c) => !entries.some((e) => e.number === c.number && (c.date === undefined || e.issuedOn === c.date)))
    .map((c) => c.number ?? '(no number)');
}

const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const basisOf = (file: string) => parsePlan(readFileSync(join(seedsDir, file), 'utf8')).basis;

describe('the national legal set holds every basis the seed plans cite', () => {
  it('reads the entries without errors', () => {
    expect(legal.errors).toEqual([]);
  });

  it('finds bases in the seeds (a guard on the reader)', () => {
    expect(seeds.map((f) => [f, basisOf(f).length])).toEqual([
      ['cao-xa-2023.txt', 1],
      ['gia-lai-2024.txt', 6],
      ['kon-gang-2022.txt', 0],
    ]);
  });

  it.each(seeds)('%s', (file) => {
    const missing = notInSet(basisOf(file), legal.items);
    expect(missing.filter((n) => !notYetHeld.includes(n))).toEqual([]);
  });

  it('lists as not yet held only documents that are indeed missing', () => {
    const missing = seeds.flatMap((f) => notInSet(basisOf(f), legal.items));
    expect(missing).toEqual(notYetHeld);
  });

  it('reports a basis the set lacks, and one whose date differs', () => {
    const basis = basisOf('gia-lai-2024.txt');
    const without = legal.items.filter((e) => e.number !== '184-KH/TU');
    expect(notInSet(basis, without)).toEqual(['184-KH/TU']);
    const wrongDate = legal.items.map((e) => (e.number === '72/2015/NĐ-CP' ? { ...e, issuedOn: '2015-09-08' } : e));
    expect(notInSet(basis, wrongDate)).toEqual(['72/2015/NĐ-CP']);
  });
});

describe('every basis a held plan cites links to the entry with its number', () => {
  const plansDirs = readdirSync(join(root, 'content'))
    .map((p) => join(root, 'content', p, 'plans', 'vi'))
    .filter((d) => {
      try {
        return readdirSync(d).length > 0;
      } catch {
        return false;
      }
    });
  const plans = plansDirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(d, f)),
  );
  const bySlug = new Map(legal.items.map((e) => [e.slug, e]));

  it.each(plans.map((p) => [p.slice(root.length + 1), p]))('%s', (_name, path) => {
    const parsed = parseEntry(path, readFileSync(path, 'utf8'));
    expect('data' in parsed, 'the front matter reads').toBe(true);
    if (!('data' in parsed)) return;
    const plan = planSource.safeParse(parsed.data);
    expect(plan.error).toBeUndefined();
    const basis = plan.data?.basis ?? [];
    const unlinked = basis
      .filter((c) => {
        const entry = c.legal === undefined ? undefined : bySlug.get(c.legal);
        return entry === undefined || entry.number !== c.number;
      })
      .map((c) => c.number);
    expect(unlinked.filter((n) => n === undefined || !notYetHeld.includes(n))).toEqual([]);
  });
});
