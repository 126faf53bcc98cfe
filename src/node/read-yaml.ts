/** Reads YAML the way editors mean it: YAML 1.2, so 2024-02-30 stays text and gets checked as a date. */
import { lstatSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { decodeUtf8 } from '../lib/safety/utf8.ts';
import { say } from '../lib/finding.ts';
import { vi } from '../lib/content-check/messages/vi.ts';

/**
 * The parsed file. It is read before the content check runs (province.yaml, by astro.config), so it
 * refuses on its own what the check refuses: a symbolic link is never followed, bytes must be UTF-8.
 */
export function readYaml(file: string): unknown {
  if (lstatSync(file).isSymbolicLink())
    throw new Error(
      `${file}: (file): là một liên kết (symlink), không phải tệp thật — hãy xoá liên kết và chép chính tệp vào đây`,
    );
  const decoded = decodeUtf8(readFileSync(file));
  if ('problem' in decoded) throw new Error(`${file}: (file): ${say(vi.utf8, decoded.problem)}`);
  return parse(decoded.text, { version: '1.2', schema: 'core', uniqueKeys: true });
}
