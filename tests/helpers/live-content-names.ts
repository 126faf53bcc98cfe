/**
 * What the live content under content/ names and the fixture content under tests/fixtures/content
 * does not: province ids and names, entry slugs, people's names. A test source that contains one
 * of them asserts a fact an editor may change (tests/unit/journeys-name-no-live-content.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readYaml } from '../../src/node/read-yaml.ts';

const ENTRY = /\.(md|mdx|yaml)$/u;

/** Every file below a folder, as paths relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** Slugs of a content root's entries (files inside a collection folder: <scope>/<collection>/…/<slug>.<ext>). */
function entrySlugs(root: string): Set<string> {
  return new Set(
    filesUnder(root)
      .filter((f) => ENTRY.test(f) && f.split('/').length >= 3)
      .map((f) => f.split('/').pop()!.replace(ENTRY, '')),
  );
}

const textsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];

/** Province ids and names (every locale), and people's names, of a content root. */
function provinceNames(root: string): Set<string> {
  const names = new Set<string>();
  for (const file of filesUnder(root)) {
    const [scope, collection] = file.split('/');
    if (file === `${scope}/province.yaml`) {
      names.add(scope!);
      for (const name of textsOf((readYaml(join(root, file)) as { name?: unknown }).name)) names.add(name);
    } else if (collection === 'people' && file.endsWith('.yaml')) {
      const { name } = readYaml(join(root, file)) as { name?: unknown };
      if (typeof name === 'string') names.add(name);
    }
  }
  return names;
}

/** Names that only the live content holds, longest first (so a report names "Gia Lai Province" rather than "Gia Lai"). */
export function liveOnlyNames(live: string, fixture: string): string[] {
  const fixtureNames = new Set([...entrySlugs(fixture), ...provinceNames(fixture)]);
  return [...new Set([...entrySlugs(live), ...provinceNames(live)])]
    .filter((n) => n.length > 2 && !fixtureNames.has(n))
    .sort((a, b) => b.length - a.length);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The live names a source text contains, as whole words (a slug inside a longer slug does not count). */
export function liveNamesIn(source: string, names: string[]): string[] {
  const text = source.normalize('NFC');
  return names.filter((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])${escaped(name.normalize('NFC'))}(?![\\p{L}\\p{N}-])`, 'u').test(text),
  );
}
