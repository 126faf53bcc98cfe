/** Reads every YAML file of one folder and checks each against a schema, naming file and field on errors. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { formatProblem, issuesToProblems } from './format-issues.ts';

export interface YamlEntry {
  /** The file name without `.yaml`/`.yml`. */
  slug: string;
  /** The file's path (relative to the working directory when inside it). */
  file: string;
  data: unknown;
}

/** The folder's `.yaml`/`.yml` files sorted by name, parsed as YAML 1.2 (dates stay strings); none if it does not exist; throws `file: (file): …` on bad YAML. */
export function readYamlDir(dir: string): YamlEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const rel = relative(process.cwd(), path);
      const file = rel.startsWith('..') ? path : rel;
      let data: unknown;
      try {
        data = parse(readFileSync(path, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: true });
      } catch (err) {
        throw new Error(`${file}: (file): not valid YAML — ${err instanceof Error ? err.message : String(err)}`, {
          cause: err,
        });
      }
      return { slug: name.replace(/\.ya?ml$/, ''), file, data };
    });
}

interface SchemaLike<T> {
  safeParse(
    data: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** The entries that pass `schema` (with their slug) and one `file: field: message` line per problem. */
export function validateEntries<T>(
  entries: YamlEntry[],
  schema: SchemaLike<T>,
): { items: (T & { slug: string })[]; errors: string[] } {
  const items: (T & { slug: string })[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) items.push({ ...result.data, slug: entry.slug });
    else errors.push(...issuesToProblems(entry.file, result.error.issues).map((p) => formatProblem(p)));
  }
  return { items, errors };
}
