/** Lists content/ for the check: entry files with their text, other files by path only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/content-check/types.ts';

export function readContentFiles(root: string, scopes?: readonly string[]): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else {
        const path = relative(root, full).split(sep).join('/');
        out.push(/\.(mdx?|ya?ml)$/.test(d.name) ? { path, text: readFileSync(full, 'utf8') } : { path });
      }
    }
  };
  for (const d of readdirSync(root, { withFileTypes: true }))
    if (d.isDirectory() && (!scopes || scopes.includes(d.name) || d.name === 'national')) walk(join(root, d.name));
  return out;
}
