/**
 * Lists content/ for the check without ever following a link: a symbolic link (to a system file,
 * to .git/config, dangling) is reported as what it is, never read. Text files come with their
 * bytes (the check decodes them as strict UTF-8) and their text when it decodes; other files with
 * the bytes the check needs to tell what they really are.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../lib/content-check/types.ts';
import { decodeUtf8 } from '../lib/safety/utf8.ts';
import { SIGNATURE_BYTES } from '../lib/safety/file-signature.ts';

const TEXT = /\.(mdx?|ya?ml|svg)$/;

/** The first `count` bytes of a file (fewer if it is shorter). */
function head(file: string, count: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(count);
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

function describe(root: string, full: string, d: Dirent): ContentFile {
  const path = relative(root, full).split(sep).join('/');
  if (d.isSymbolicLink()) return { path, special: 'symlink' };
  if (!d.isFile()) return { path, special: 'other' };
  // Hidden files are ignored by the check and the build alike (see classify.ts): not read.
  if (path.split('/').some((part) => part.startsWith('.'))) return { path };
  if (!TEXT.test(d.name)) return { path, bytes: head(full, SIGNATURE_BYTES) };
  const bytes = readFileSync(full);
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? { path, bytes, text: decoded.text } : { path, bytes };
}

export function readContentFiles(root: string, scopes?: readonly string[]): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    // Dirent types come from the directory itself (lstat semantics): a link to a folder is a link.
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else out.push(describe(root, full, d));
    }
  };
  for (const d of readdirSync(root, { withFileTypes: true })) {
    if (d.isDirectory()) {
      if (!scopes || scopes.includes(d.name) || d.name === 'national') walk(join(root, d.name));
    } else out.push(describe(root, join(root, d.name), d));
  }
  return out;
}
