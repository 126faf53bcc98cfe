/** Reads YAML the way editors mean it: YAML 1.2, so 2024-02-30 stays text and gets checked as a date. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: true });
}
