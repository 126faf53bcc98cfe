/** Compares two folders byte for byte: files only in one, and files whose bytes differ. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site-walk.ts';

export interface DirDiff {
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
  same: number;
}

export function compareDirs(a: string, b: string): DirDiff {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const diff: DirDiff = { onlyInA: [], onlyInB: [], different: [], same: 0 };
  for (const f of filesA) {
    if (!filesB.has(f)) diff.onlyInA.push(f);
    else if (readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diff.same++;
    else diff.different.push(f);
    filesB.delete(f);
  }
  diff.onlyInB = [...filesB];
  return diff;
}

export const identical = (d: DirDiff) => !d.onlyInA.length && !d.onlyInB.length && !d.different.length;
