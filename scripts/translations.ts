/**
 * `npm run translations [-- --province ID] [--json] [--all]`: per province and locale, the pieces
 * whose translation is missing, a draft, or stale (the Vietnamese changed after it was translated).
 * `npm run translations -- --stamp FILE…` records that a translation now follows today's source.
 * `npm run translations -- --stamp-new [--since COMMIT]` stamps every translation without a
 * fingerprint and every one changed since COMMIT: the workflow .github/workflows/stamp-translations.yml
 * runs it after each merge, so translations made in the CMS are stamped without anyone running it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { conceptNames, concepts, type ProseConcept } from '../src/schemas/registry.ts';
import { classify } from '../src/editor/content-check/classify.ts';
import { parseEntry } from '../src/lib/content-check/parse-entry.ts';
import { fingerprintOf, summarize, translationStatus, translationsToStamp } from '../src/editor/translation-status.ts';
import { stampTranslation } from '../src/lib/translation-stamp.ts';
import { translationCoverage } from '../src/editor/translation-coverage.ts';
import { formatTranslationReport } from '../src/editor/translation-report.ts';
import { readContentFiles } from '../src/node/content-files.ts';
import { contentRoot, listProvinceIds, loadProvince } from '../src/node/provinces.ts';
import type { ProvinceInfo } from '../src/lib/content-check/types.ts';
import { contentFileProblem, provinceArg } from '../src/node/cli-names.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    province: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    stamp: { type: 'boolean' },
    'stamp-new': { type: 'boolean' },
    since: { type: 'string' },
  },
});
const ids = values.province ? [provinceArg(values.province)] : listProvinceIds();
const provinces = new Map<string, ProvinceInfo>(ids.map((id) => [id, { id, locales: loadProvince(id).locales }]));

if (values['stamp-new']) {
  const since = values.since;
  // A push that creates the branch has no "before" commit (all zeros): only unstamped translations then.
  const usable = since !== undefined && /^[0-9a-f]{40}$/.test(since) && !/^0+$/.test(since);
  if (since !== undefined && !/^[0-9a-f]{40}$/.test(since))
    fail(`--since: "${since}" không phải mã commit đầy đủ (40 ký tự 0-9a-f)`);
  const changed = new Set<string>();
  if (usable) {
    let listed = '';
    try {
      listed = execFileSync(
        'git',
        ['diff', '--name-only', '-z', since, 'HEAD', '--', relative(process.cwd(), contentRoot) || '.'],
        { encoding: 'utf8' },
      );
    } catch {
      // A force-push can leave "before" out of the history: stamp only what has no fingerprint.
      console.warn(`! không đọc được thay đổi từ ${since}: chỉ ghi dấu các bản dịch chưa có dấu`);
    }
    for (const path of listed.split('\0'))
      if (path) changed.add(relative(contentRoot, resolve(path)).split(sep).join('/'));
  }
  const rows = translationsToStamp(translationStatus(readContentFiles(contentRoot, ids), provinces), changed);
  for (const row of rows) {
    const c = proseConcept(row.concept);
    const source = parseEntry(row.source, readSafe(join(contentRoot, row.source)));
    if ('error' in source) fail(`content/${row.source}: ${source.field}: ${source.error}`);
    const file = join(contentRoot, row.file);
    writeFileSync(file, stampTranslation(readSafe(file), fingerprintOf(c, source)));
    console.log(`✓ content/${row.file}: translation.source = ${fingerprintOf(c, source)}`);
  }
  console.log(`${rows.length} bản dịch được ghi dấu bản gốc.`);
  process.exit(0);
}

if (values.stamp) {
  if (!positionals.length)
    fail('name the translation files to stamp, e.g. `npm run translations -- --stamp content/gia-lai/press/en/x.md`');
  for (const arg of positionals) {
    const problem = contentFileProblem(arg, contentRoot);
    if (problem) fail(problem);
    const path = relative(contentRoot, resolve(arg)).split(sep).join('/');
    const kind = classify(path, provinces);
    if (kind.type !== 'entry' || !kind.lang || kind.lang === 'vi')
      fail(
        `${arg}: not a translation — expected content/<province>/<folder>/<locale>/<slug>.md with a locale other than vi`,
      );
    const c = proseConcept(kind.concept);
    const sourceFile = join(contentRoot, kind.scope, c.folder, 'vi', `${kind.slug}.${kind.ext}`);
    const source = parseEntry(sourceFile, readSafe(sourceFile));
    if ('error' in source)
      fail(`content/${kind.scope}/${c.folder}/vi/${kind.slug}.${kind.ext}: ${source.field}: ${source.error}`);
    const file = join(contentRoot, path);
    const fingerprint = fingerprintOf(c, source);
    writeFileSync(file, stampTranslation(readSafe(file), fingerprint));
    console.log(`✓ content/${path}: translation.source = ${fingerprint}`);
  }
  process.exit(0);
}

const files = readContentFiles(contentRoot, ids);
const rows = translationStatus(files, provinces);
const coverage = translationCoverage(files, provinces);
if (values.json) {
  console.log(
    JSON.stringify(
      { summary: summarize(rows), pieces: rows.filter((r) => values.all || r.state !== 'current'), coverage },
      null,
      2,
    ),
  );
  process.exit(0);
}

console.log(
  formatTranslationReport({
    ids,
    summary: summarize(rows),
    listed: rows.filter((r) => values.all || r.state !== 'current'),
    all: Boolean(values.all),
    coverage,
  }),
);

function readSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fail(`${relative(process.cwd(), file)}: no such file`);
  }
}
/** The concept a translation belongs to: only prose concepts have translation files. */
function proseConcept(name: string): ProseConcept {
  const known = conceptNames.find((n) => n === name);
  if (known === undefined) throw new Error(`${name}: not a concept of src/schemas/registry.ts`);
  const c = concepts[known];
  if (c.kind !== 'prose') throw new Error(`${name}: a data concept has no translation files`);
  return c;
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}
