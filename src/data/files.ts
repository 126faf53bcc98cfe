/** The province's downloadable files (content/<province>/files/), served at /files/… so attachments have a stable URL. */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentDir } from 'virtual:portal';
import { href } from '../i18n/urls.ts';

const root = join(contentDir, 'files');

/** Every file under files/, as a path relative to it ("press/kit.pdf"). */
export function listFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no files/ folder: nothing to serve
    }
    for (const d of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, d.name);
      // Hidden names are ignored, as by the content check (classify.ts).
      if (d.name.startsWith('.')) continue;
      // Never follow a link (the content check refuses them; this holds when it was bypassed).
      if (d.isSymbolicLink())
        throw new Error(`${full}: là một liên kết (symlink) — không xuất bản; hãy chạy npm run check`);
      if (d.isDirectory()) walk(full);
      else if (d.isFile()) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

export const readFile = (path: string): Buffer => readFileSync(join(root, path));

/** The served URL of an attachment written "files/press/kit.pdf" in content. */
export const fileUrl = (attachment: string): string => href(`/${attachment}`);
