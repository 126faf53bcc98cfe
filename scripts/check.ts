/**
 * `npm run check [-- --province ID] [--lang en] [--github] [--report FILE]`: validates all content
 * without building the site and prints every problem at once as `file:line: field: what was found —
 * what to write instead`, in Vietnamese (English with --lang en). With --github (CI), each problem
 * is printed as a GitHub annotation instead, shown on its line of the pull request, and the job
 * summary gets a table of them; --report also writes the plain lines to FILE (for the PR comment).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { runContentCheck } from '../src/node/run-check.ts';
import { dictionaryProblems } from '../src/node/dictionaries.ts';
import { listProvinceIds, loadProvince } from '../src/node/provinces.ts';
import { provinceArg } from '../src/node/cli-names.ts';
import { CHECK_LANGUAGES, isCheckLanguage, messagesFor } from '../src/lib/content-check/messages/index.ts';
import { annotations, formatCheck, summaryMarkdown } from '../src/lib/content-check/report.ts';
import { messageOf } from '../src/node/error-message.ts';

const { values } = parseArgs({
  options: {
    province: { type: 'string' },
    lang: { type: 'string', default: 'vi' },
    github: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
if (!isCheckLanguage(values.lang)) {
  console.error(
    `--lang "${values.lang}": ngôn ngữ của thông báo chỉ có thể là ${CHECK_LANGUAGES.join(' hoặc ')} — ví dụ npm run check -- --lang en`,
  );
  process.exit(2);
}
const m = messagesFor(values.lang);
const started = performance.now();
const only = values.province ? [provinceArg(values.province)] : undefined;
const result = runContentCheck(only, m);
for (const id of only ?? listProvinceIds()) {
  // A province.yaml the check refused is said there already, field by field in the editor's language.
  if (result.errors.some((e) => e.file === `content/${id}/province.yaml`)) continue;
  try {
    for (const line of dictionaryProblems(loadProvince(id).locales, m))
      result.errors.push({ file: `content/${id}/province.yaml`, field: 'locales', message: line });
  } catch (e) {
    result.errors.push({ file: `content/${id}/province.yaml`, field: '(file)', message: messageOf(e) });
  }
}
const report = formatCheck(result, m);
const totals = m.totals(result.errors.length, result.warnings.length, Math.round(performance.now() - started));
if (values.github) {
  for (const line of annotations(result, m)) console.log(line);
  // The runner names the summary file; without it (a local dry run) there is nothing to add to.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, `${summaryMarkdown(result, m)}\n`);
} else if (report) console.log(report);
if (values.report) writeFileSync(values.report, `${report ? `${report}\n` : ''}\n${totals}\n`);
console.log(`\n${totals}`);
process.exit(result.errors.length ? 1 : 0);
