/** The heap limit the build gives Astro (src/lib/astro-heap.ts) and the content text it is sized by. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroHeapLimitMb, HEAP_FLOOR_MB, HEAP_PER_TEXT_MB } from '../../src/lib/astro-heap.ts';
import { contentTextBytes } from '../../src/node/content-text-bytes.ts';

const MB = 2 ** 20;

describe('astroHeapLimitMb', () => {
  it('gives a small province the floor, below the 2 GB where V8 lets the heap grow fourfold', () => {
    expect(astroHeapLimitMb(0)).toBe(HEAP_FLOOR_MB);
    expect(astroHeapLimitMb(15 * MB)).toBe(HEAP_FLOOR_MB);
    expect(HEAP_FLOOR_MB).toBeLessThan(2048);
  });

  it('grows with the text beyond the floor, so a large province keeps room over its live heap', () => {
    expect(astroHeapLimitMb(100 * MB)).toBe(100 * HEAP_PER_TEXT_MB);
    expect(astroHeapLimitMb(100 * MB + 1)).toBe(100 * HEAP_PER_TEXT_MB + 1);
  });

  it("leaves a limit the caller set in NODE_OPTIONS alone (the command line's would win over it)", () => {
    expect(astroHeapLimitMb(10 * MB, '--max-old-space-size=4096')).toBeUndefined();
    expect(astroHeapLimitMb(10 * MB, '--inspect --max_old_space_size=900')).toBeUndefined();
    expect(astroHeapLimitMb(10 * MB, '--enable-source-maps')).toBe(HEAP_FLOOR_MB);
  });
});

describe('contentTextBytes', () => {
  const root = mkdtempSync(join(tmpdir(), 'text-bytes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, bytes: number) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x'.repeat(bytes));
  };

  it("counts the province's and the national records' Markdown, MDX and YAML, nothing else", () => {
    put('gia-lai/press/vi/a.md', 100);
    put('gia-lai/pages/en/b.mdx', 20);
    put('gia-lai/province.yaml', 3);
    put('gia-lai/units/c.yml', 4);
    put('gia-lai/images/d.jpg', 5000);
    put('national/laws/e.yaml', 7);
    put('phu-tho/press/vi/f.md', 9000);
    symlinkSync(join(root, 'phu-tho/press/vi/f.md'), join(root, 'gia-lai/press/vi/link.md'));
    expect(contentTextBytes('gia-lai', root)).toBe(100 + 20 + 3 + 4 + 7);
  });

  it('counts a province without national records', () => {
    const alone = mkdtempSync(join(tmpdir(), 'text-bytes-alone-'));
    try {
      mkdirSync(join(alone, 'solo'));
      writeFileSync(join(alone, 'solo/a.md'), 'abc');
      expect(contentTextBytes('solo', alone)).toBe(3);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
