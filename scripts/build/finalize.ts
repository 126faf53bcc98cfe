/** Touches the built site needs after Astro: per-locale 404 files where static hosts look for them. */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function placeLocale404s(siteDir: string, locales: readonly string[]): void {
  for (const lang of locales) {
    const built = join(siteDir, lang, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(siteDir, lang, '404.html'));
    rmSync(join(siteDir, lang, '404'), { recursive: true });
  }
}
