/** How much text (Markdown, MDX, YAML) Astro's content layer loads for one province. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './provinces.ts';

const TEXT = /\.(mdx?|ya?ml)$/;

/** Bytes of the text files under content/<province>/ and content/national/ (links not followed). */
export function contentTextBytes(province: string, root = contentRoot): number {
  let total = 0;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.isFile() && TEXT.test(d.name)) total += statSync(full).size;
    }
  };
  for (const scope of [province, 'national']) {
    const dir = join(root, scope);
    // A content folder without national records (a test fixture) has nothing there to count.
    if (existsSync(dir)) walk(dir);
  }
  return total;
}
