/**
 * Keeps in a built site only the font files its own locales' stylesheets use: public/fonts is
 * shared by every province's build, so without this a site's bytes depend on which province was
 * built before it.
 */
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function pruneFonts(siteDir: string, locales: readonly string[]): void {
  const dir = join(siteDir, 'fonts');
  if (!existsSync(dir)) return;
  const used = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue;
    const lang = entry.name.replace(/\.css$/, '');
    if (!locales.includes(lang)) {
      rmSync(join(dir, entry.name));
      continue;
    }
    for (const m of readFileSync(join(dir, entry.name), 'utf8').matchAll(/url\(\/fonts\/([^)]+)\)/g)) used.add(m[1]!);
  }
  for (const pkg of readdirSync(dir, { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue;
    const files = readdirSync(join(dir, pkg.name));
    for (const f of files) if (!used.has(`${pkg.name}/${f}`)) rmSync(join(dir, pkg.name, f));
    if (files.every((f) => !used.has(`${pkg.name}/${f}`))) rmSync(join(dir, pkg.name), { recursive: true });
  }
}
