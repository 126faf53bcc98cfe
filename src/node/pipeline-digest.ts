/**
 * A digest of the code that turns content bodies into HTML: the Markdown pipeline module, every
 * project module it imports (followed by esbuild, which reads TypeScript as the build does), and
 * the installed version of each package they import.
 *
 * Why: Astro keeps each entry's rendered HTML in its content store and clears the store only when
 * its configuration, the content config or Astro's version changes. Our rules live in functions,
 * which Astro's configuration digest (JSON) cannot see, so a local build after an edit to the
 * sanitizer served the old HTML until the cache folder was wiped. Putting this digest into the
 * processor's options (a plain string Astro does hash) clears the store, and with it the pages
 * built from the old HTML, exactly when that code changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** The bare package name of an import: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The installed version of a package as seen from `fromFile`, or '' for node built-ins and unresolvable names. */
function installedVersion(name: string, fromFile: string): string {
  if (name.startsWith('node:')) return '';
  const require = createRequire(fromFile);
  try {
    const manifest: unknown = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '';
  } catch {
    // Packages that do not export their package.json: their entry point's folder names the version
    // well enough (node_modules/<name>/…), and the lockfile digest of Astro's page cache covers the rest.
    try {
      return dirname(require.resolve(name));
    } catch {
      return '';
    }
  }
}

/** The project files `entry` imports, itself included (absolute paths, sorted), and the packages they import. */
export function moduleClosure(entry: string): { files: string[]; packages: string[] } {
  const root = process.cwd();
  const { metafile } = buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const input of Object.values(metafile.inputs))
    for (const used of input.imports) if (used.external) packages.add(packageName(used.path));
  return {
    files: Object.keys(metafile.inputs)
      .map((path) => resolve(root, path))
      .sort(),
    packages: [...packages].sort(),
  };
}

/** Digest of `entry` and its import closure within the project (packages by name and installed version). */
export function moduleClosureDigest(entry: string): string {
  const { files, packages } = moduleClosure(entry);
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${relative(dirname(entry), file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  for (const name of packages) hash.update(`${name}@${installedVersion(name, entry)}\0`);
  return hash.digest('hex').slice(0, 16);
}
