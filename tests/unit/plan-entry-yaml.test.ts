import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { renderEntry, toEntry } from '../../src/lib/plan-import/to-entry.ts';

const seeds = resolve('..', 'shared', 'seeds');

function plainReadsBack(plain: string): boolean {
  try {
    return parse(`x: ${plain}`)?.x === plain;
  } catch {
    return false;
  }
}

describe('the entry YAML an editor reads', () => {
  for (const seed of ['gia-lai-2024.txt', 'kon-gang-2022.txt', 'cao-xa-2023.txt']) {
    it(`${seed}: no anchors or aliases, quotes only where YAML needs them, same data when read back`, () => {
      const entry = toEntry(parsePlan(readFileSync(resolve(seeds, seed), 'utf8')));
      const file = renderEntry(entry);
      const front = file.split('---\n')[1] ?? '';
      expect(front).not.toMatch(/(?:^|[\s:-])[&*]a\d+\b/mu);
      expect(parse(front)).toEqual(entry.data);
      for (const line of front.split('\n').filter((l) => /^\s*(?:- |\w+: )["']/u.test(l))) {
        const value = line.replace(/^\s*(?:- |\w+: )/u, '');
        // A quoted scalar is only acceptable when the plain form would read differently or not at all.
        expect(plainReadsBack(value.slice(1, -1)), line).toBe(false);
      }
    });
  }
});
