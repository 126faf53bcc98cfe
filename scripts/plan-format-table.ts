/**
 * The closing table of the plan importer: for each seed in ../shared/seeds and each format an office
 * receives (the seed file as given, and its signed document as txt, DOCX, PDF and scanned PDF), the
 * fields found, missing, and different from the text import of the same signed document.
 *   node scripts/plan-format-table.ts [--no-scan]     (the scan needs Tesseract with Vietnamese data; slow)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../src/lib/plan-import/parse-plan.ts';
import { tesseractMissing } from '../src/node/plan-ocr.ts';
import { compareFields, importAs, textImport, type Format } from '../tests/helpers/plan-formats.ts';
import { seedHeaders, seedsDir } from '../tests/helpers/seed-documents.ts';

const withScan = !process.argv.includes('--no-scan') && (await tesseractMissing()) === undefined;
const formats: Format[] = ['txt', 'docx', 'pdf', ...(withScan ? (['scanned pdf'] as const) : [])];
const list = (fields: string[]): string => (fields.length === 0 ? '—' : fields.join(', '));

const rows: string[] = [
  '| seed | format | found | missing | different from the text import |',
  '| --- | --- | --- | --- | --- |',
];
for (const [seed] of seedHeaders) {
  const reference = textImport(seed);
  const asGiven = compareFields(reference, parsePlan(readFileSync(join(seedsDir, seed), 'utf8')));
  rows.push(
    `| ${seed} | seed file as given (no header) | ${asGiven.found.length} | ${list(asGiven.missing)} | ${list(asGiven.different)} |`,
  );
  for (const format of formats) {
    const started = Date.now();
    const c = compareFields(reference, await importAs(seed, format));
    const time = format === 'scanned pdf' ? ` (${Math.round((Date.now() - started) / 1000)} s)` : '';
    rows.push(`| ${seed} | ${format}${time} | ${c.found.length} | ${list(c.missing)} | ${list(c.different)} |`);
  }
}
console.log(rows.join('\n'));
if (!withScan) console.log('\n(scanned pdf left out: --no-scan, or Tesseract with Vietnamese data is not installed)');
