/**
 * Keeps in a built site only the font files its own locales' stylesheets use: public/fonts is
 * shared by every province's build, so without this a site's bytes depend on which province was
 * built before it.
 */
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../../src/lib/paths.ts';

/** `base`: the path the site is served under, which its stylesheets' font URLs start with. */
export function pruneFonts(siteDir: string, locales: readonly string[], base = '/'): void {
  const dir = join(siteDir, 'fonts');
  if (!existsSync(dir)) return;
  const used = new Set<string>();
  // The base is slug segments and slashes (BASE_PATH), so it is a literal in the pattern.
  const collect = (css: string) => {
    for (const m of readFileSync(css, 'utf8').matchAll(new RegExp(`url\\(${withBase(base, '/fonts/')}([^)]+)\\)`, 'g')))
      if (m[1]) used.add(m[1]);
  };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const lang = entry.name.replace(/\.css$/, '');
    // fonts/<lang>/: the per-page stylesheets of a locale whose fonts are cut per page (subsetFonts).
    if (entry.isDirectory() && locales.includes(entry.name)) {
      for (const css of readdirSync(join(dir, entry.name)).filter((f) => f.endsWith('.css')))
        collect(join(dir, entry.name, css));
      continue;
    }
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue;
    if (!locales.includes(lang)) {
      rmSync(join(dir, entry.name));
      continue;
    }
    collect(join(dir, entry.name));
  }
  for (const pkg of readdirSync(dir, { withFileTypes: true })) {
    if (!pkg.isDirectory() || locales.includes(pkg.name)) continue;
    const files = readdirSync(join(dir, pkg.name));
    for (const f of files) if (!used.has(`${pkg.name}/${f}`)) rmSync(join(dir, pkg.name, f));
    if (files.every((f) => !used.has(`${pkg.name}/${f}`))) rmSync(join(dir, pkg.name), { recursive: true });
  }
}
