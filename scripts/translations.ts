/**
 * `npm run translations [-- --province ID] [--json] [--all]`: per province and locale, the pieces
 * whose translation is missing, a draft, or stale (the Vietnamese changed after it was translated).
 * `npm run translations -- --stamp FILE…` records that a translation now follows today's source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { concepts, type ProseConcept } from '../src/schemas/registry.ts';
import { classify } from '../src/lib/content-check/classify.ts';
import { parseEntry } from '../src/lib/content-check/parse-entry.ts';
import { fingerprintOf, summarize, translationStatus, translationStates } from '../src/lib/translation-status.ts';
import { stampTranslation } from '../src/lib/translation-stamp.ts';
import { readContentFiles } from '../src/node/content-files.ts';
import { contentRoot, listProvinceIds, loadProvince } from '../src/node/provinces.ts';
import type { ProvinceInfo } from '../src/lib/content-check/types.ts';
import { contentFileProblem, provinceArg } from '../src/node/cli-names.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { province: { type: 'string' }, json: { type: 'boolean' }, all: { type: 'boolean' }, stamp: { type: 'boolean' } },
});
const ids = values.province ? [provinceArg(values.province)] : listProvinceIds();
const provinces = new Map<string, ProvinceInfo>(ids.map((id) => [id, { id, locales: loadProvince(id).locales }]));

if (values.stamp) {
  if (!positionals.length) fail('name the translation files to stamp, e.g. `npm run translations -- --stamp content/gia-lai/press/en/x.md`');
  for (const arg of positionals) {
    const problem = contentFileProblem(arg, contentRoot);
    if (problem) fail(problem);
    const path = relative(contentRoot, resolve(arg)).split(sep).join('/');
    const kind = classify(path, provinces);
    if (kind.type !== 'entry' || !kind.lang || kind.lang === 'vi') fail(`${arg}: not a translation — expected content/<province>/<folder>/<locale>/<slug>.md with a locale other than vi`);
    const c = concepts[kind.concept] as ProseConcept;
    const sourceFile = join(contentRoot, kind.scope, c.folder, 'vi', `${kind.slug}.${kind.ext}`);
    const source = parseEntry(sourceFile, readSafe(sourceFile));
    if ('error' in source) fail(`content/${kind.scope}/${c.folder}/vi/${kind.slug}.${kind.ext}: ${source.field}: ${source.error}`);
    const file = join(contentRoot, path);
    const fingerprint = fingerprintOf(c, source);
    writeFileSync(file, stampTranslation(readSafe(file), fingerprint));
    console.log(`✓ content/${path}: translation.source = ${fingerprint}`);
  }
  process.exit(0);
}

const rows = translationStatus(readContentFiles(contentRoot, ids), provinces);
if (values.json) {
  console.log(JSON.stringify({ summary: summarize(rows), pieces: rows.filter((r) => values.all || r.state !== 'current') }, null, 2));
  process.exit(0);
}

const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
};
const summary = summarize(rows);
console.log(table(['province', 'locale', 'pieces', ...translationStates], summary.map((s) => [s.province, s.locale, String(s.counts.total), ...translationStates.map((k) => String(s.counts[k]))])));
for (const id of ids) if (!summary.some((s) => s.province === id)) console.log(`${id}: no Vietnamese pieces yet`);
const open = rows.filter((r) => values.all || r.state !== 'current');
if (open.length) {
  console.log(`\n${values.all ? 'Every piece' : 'To do'}:`);
  console.log(table(['state', 'locale', 'file'], open.map((r) => [r.state + (r.draft && r.state === 'stale' ? ' (draft)' : ''), r.locale, `content/${r.file}`])));
}
console.log('\nmissing: no file yet · draft: not yet reviewed · stale: the Vietnamese changed since; update, then `npm run translations -- --stamp FILE` · unstamped: no fingerprint, run --stamp once it is checked');

function readSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fail(`${relative(process.cwd(), file)}: no such file`);
  }
}
function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}
