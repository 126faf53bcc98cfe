/** Reads the UI string files of each locale from src/i18n/locales/<lang>/*.json (Node side). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mergeDictionaries, missingKeys, type Dictionary } from '../lib/dictionary.ts';
import { vi, type Messages } from '../lib/content-check/messages/index.ts';
import { formatProblem } from '../lib/format-issues.ts';

const root = new URL('../i18n/locales/', import.meta.url).pathname;

export function readDictionary(lang: string): Dictionary | undefined {
  const dir = join(root, lang);
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return mergeDictionaries(files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** Problems that stop the build: a configured locale with no or an incomplete dictionary, in the catalogue's words. */
export function dictionaryProblems(locales: string[], m: Pick<Messages, 'uiStrings'> = vi): string[] {
  const source = readDictionary('vi');
  if (!source) return [m.uiStrings.noVietnamese];
  const problems: string[] = [];
  for (const lang of locales) {
    const dict = readDictionary(lang);
    if (!dict) {
      problems.push(m.uiStrings.noLocale(lang));
      continue;
    }
    const missing = missingKeys(source, dict);
    if (missing.length) problems.push(m.uiStrings.missingKeys(lang, missing));
  }
  return problems;
}

/**
 * The build's refusal when interface words are missing, in Vietnamese and in the check's form
 * (`content/<id>/province.yaml: Ngôn ngữ (locales): …`); undefined when every locale is complete.
 */
export function uiStringsRefusal(provinceId: string, locales: string[]): string | undefined {
  const problems = dictionaryProblems(locales);
  if (!problems.length) return undefined;
  const lines = problems.map((message) =>
    formatProblem({ file: `content/${provinceId}/province.yaml`, field: 'locales', message }),
  );
  return [vi.uiStrings.buildStopped(problems.length), ...lines].join('\n');
}

/** A locale's UI strings where they must exist (Vietnamese and English always; the config check refuses a locale without). */
export function dictionaryOf(lang: string): Dictionary {
  const dictionary = readDictionary(lang);
  if (!dictionary) throw new Error(`src/i18n/locales/${lang}/: no UI strings for this locale`);
  return dictionary;
}
