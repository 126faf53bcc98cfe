/** A copy of tests/fixtures/content with a case's files laid over it, in a fresh temporary folder. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HostileFile } from './types.ts';

export const fixtureContent = join(import.meta.dirname, '../../fixtures/content');

export function contentWith(files: Record<string, HostileFile>, remove: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-hostile-'));
  const root = join(dir, 'content');
  cpSync(fixtureContent, root, { recursive: true });
  for (const path of remove) rmSync(join(root, path), { force: true, recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    rmSync(full, { force: true, recursive: true }); // a case replaces whatever stands there, a real folder too
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, full);
    else writeFileSync(full, content);
  }
  return root;
}
