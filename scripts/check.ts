/**
 * `npm run check [-- --province ID]`: validates all content without building the site and
 * prints every problem at once as `file: field: what is wrong — what was expected`.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runContentCheck, formatCheck } from '../src/node/run-check.ts';
import { dictionaryProblems } from '../src/node/dictionaries.ts';
import { listProvinceIds, loadProvince } from '../src/node/provinces.ts';
import { provinceArg } from '../src/node/cli-names.ts';

const { values } = parseArgs({ options: { province: { type: 'string' } } });
const started = performance.now();
const only = values.province ? [provinceArg(values.province)] : undefined;
const result = runContentCheck(only);
for (const id of only ?? listProvinceIds()) {
  try {
    for (const line of dictionaryProblems(loadProvince(id).locales)) result.errors.push({ file: `content/${id}/province.yaml`, field: 'locales', message: line });
  } catch (e) {
    result.errors.push({ file: `content/${id}/province.yaml`, field: '(file)', message: (e as Error).message });
  }
}
const report = formatCheck(result);
if (report) console.log(report);
const ms = Math.round(performance.now() - started);
console.log(`\n${result.errors.length} error(s), ${result.warnings.length} warning(s) in ${ms} ms`);
process.exit(result.errors.length ? 1 : 0);
