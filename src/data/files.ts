/** The province's downloadable files (content/<province>/files/), served at /files/… so attachments have a stable URL. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentDir } from 'virtual:portal';

const root = join(contentDir, 'files');

/** Every file under files/, as a path relative to it ("press/kit.pdf"). */
export function listFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // no files/ folder: nothing to serve
    }
    for (const name of names.sort()) {
      const full = join(dir, name);
      if (name.startsWith('.')) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

export const readFile = (path: string): Buffer => readFileSync(join(root, path));

/** The site URL of an attachment written "files/press/kit.pdf" in content. */
export const fileUrl = (attachment: string): string => `/${attachment}`;
