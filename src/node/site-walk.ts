/** Lists the files of a built site and maps HTML files to the URL paths they serve. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** `/en/plans/x/` for `en/plans/x/index.html`, `/en/404.html` for itself. */
export function urlPathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that serves a URL path on a static host (directory index or the file itself). */
export function fileOfPath(pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\//, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}
