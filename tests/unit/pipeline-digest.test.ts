/**
 * Astro drops its cached HTML of the content only when the JSON of its configuration changes; the
 * pipeline's rules are functions, invisible in that JSON. These tests hold the digest that makes
 * them visible: it follows the pipeline's imports, and it reaches the JSON Astro hashes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProcessor } from '../../src/node/content-pipeline.ts';
import { moduleClosure, moduleClosureDigest, packageName } from '../../src/node/pipeline-digest.ts';

const repo = resolve(import.meta.dirname, '../..');

describe('the Markdown pipeline in the key of Astro’s content cache', () => {
  it('is part of the configuration JSON Astro hashes (functions are dropped from it)', () => {
    // What Astro's content layer compares between builds: JSON of the config minus vite and integrations.
    const hashed = (digest: string) => JSON.stringify({ markdown: { processor: contentProcessor('/', digest) } });
    expect(hashed('aaaa')).not.toBe(hashed('bbbb'));
    expect(hashed('aaaa')).toContain('aaaa');
  });

  it('follows the real pipeline into the sanitizer, the table labels and the body rules', () => {
    const { files, packages } = moduleClosure(join(repo, 'src/node/content-pipeline.ts'));
    for (const part of [
      'src/lib/markdown/sanitize-content.ts',
      'src/lib/markdown/label-table-cells.ts',
      'src/lib/content-check/body-safety.ts',
    ])
      expect(files).toContain(join(repo, part));
    expect(packages).toContain('satteri');
    expect(packages).toContain('@astrojs/markdown-satteri');
  });

  it('changes when a module the entry imports changes, not when an unrelated one does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipeline-digest-'));
    writeFileSync(
      join(dir, 'entry.ts'),
      "import { rule } from './rule.ts';\nexport const run = (x: string) => rule(x);\n",
    );
    writeFileSync(join(dir, 'rule.ts'), 'export const rule = (x: string): string => x.trim();\n');
    writeFileSync(join(dir, 'unrelated.ts'), 'export const other = 1;\n');
    const entry = join(dir, 'entry.ts');
    const before = moduleClosureDigest(entry);
    writeFileSync(join(dir, 'unrelated.ts'), 'export const other = 2;\n');
    expect(moduleClosureDigest(entry)).toBe(before);
    writeFileSync(join(dir, 'rule.ts'), 'export const rule = (x: string): string => x.trimEnd();\n');
    expect(moduleClosureDigest(entry)).not.toBe(before);
  });

  it('names packages without their subpaths', () => {
    expect(packageName('@astrojs/markdown-satteri/dist/x.js')).toBe('@astrojs/markdown-satteri');
    expect(packageName('satteri')).toBe('satteri');
    expect(packageName('node:fs')).toBe('node:fs');
  });
});
