/**
 * `npm run measure:casts [-- --files]` counts type assertions (`as T`, `<T>x`, not `as const`) and
 * non-null assertions (`!`) in every .ts and .astro file under src/ and scripts/ (issue 21, point 1:
 * down to Starlight's 4.6 casts and 0.8 `!` per 1,000 lines), overall and per folder (src/<folder>,
 * the files at src/'s root, scripts). Lines are whole files, a .astro file's template included, as
 * `wc -l` counts them; see scripts/measure-casts/count.ts for what counts. `--files` also lists each
 * file that has any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { countFile, type Counts } from './measure-casts/count.ts';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { files: { type: 'boolean', default: false } } });

const files = ['src', 'scripts'].flatMap((dir) =>
  readdirSync(join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f))
    .map((f) => join(dir, f).split(sep).join('/'))
    .sort(),
);

/** src/<folder> for a file inside one, `src/*` for the files at src/'s root, else the top folder. */
function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'src') return parts[0] ?? file;
  return parts.length > 2 ? `src/${parts[1]}` : 'src/*';
}

const add = (a: Counts, b: Counts): Counts => ({
  lines: a.lines + b.lines,
  casts: a.casts + b.casts,
  nonNull: a.nonNull + b.nonNull,
});
const none: Counts = { lines: 0, casts: 0, nonNull: 0 };
const perFile = files.map((file) => ({ file, ...countFile(file, readFileSync(join(repo, file), 'utf8')) }));
const folders = new Map<string, Counts>();
for (const f of perFile) folders.set(folderOf(f.file), add(folders.get(folderOf(f.file)) ?? none, f));
const total = perFile.reduce(add, none);

const rate = (n: number, lines: number) => (lines ? ((n * 1000) / lines).toFixed(1) : '–');
const row = (name: string, c: Counts) => ({
  folder: name,
  lines: c.lines,
  casts: c.casts,
  '!': c.nonNull,
  'casts/1000': rate(c.casts, c.lines),
  '!/1000': rate(c.nonNull, c.lines),
});

console.log(`${relative(process.cwd(), repo) || '.'}: ${files.length} files (.ts, .astro) under src/ and scripts/`);
console.table([...[...folders].sort(([a], [b]) => a.localeCompare(b)).map(([n, c]) => row(n, c)), row('all', total)]);
console.log('Starlight (the anchor): 4.6 casts and 0.8 ! per 1,000 lines.');
if (values.files)
  console.table(
    perFile.filter((f) => f.casts || f.nonNull).map((f) => ({ file: f.file, casts: f.casts, '!': f.nonNull })),
  );
