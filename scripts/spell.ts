/**
 * `npm run spell -- FILE…`: spell check of content files in Vietnamese and English (cspell with
 * cspell.config.yaml) plus words written twice in a row. Reports and exits 0: a slip is for the
 * editor to judge, not a reason to block a merge (`--strict` exits 1 when anything is found).
 * On GitHub Actions each finding becomes an annotation on the pull request's changed lines.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repeatedWords } from '../src/lib/repeated-words.ts';
import { contentRoot } from '../src/node/provinces.ts';
import { contentFileProblem } from '../src/node/cli-names.ts';
import { escapeCommandData, escapeCommandProperty } from '../src/lib/safety/workflow-command.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean' } } });
// Names come from a pull request's diff: only regular files inside content/ are read (a link
// could show another file's words in the report).
const files = positionals.filter((f) => {
  if (!/\.(mdx?|ya?ml)$/.test(f) || !existsSync(f)) return false;
  const problem = contentFileProblem(f, contentRoot);
  if (problem) console.error(`✗ ${problem}`);
  return !problem;
});
if (!files.length) {
  console.log('No content files to check.');
  process.exit(0);
}

interface Finding {
  file: string;
  line: number;
  column: number;
  message: string;
}
const findings: Finding[] = [];

const cspell = spawnSync(
  'cspell',
  [
    'lint',
    '--no-progress',
    '--no-summary',
    '--no-must-find-files',
    '--show-suggestions',
    '--config',
    'cspell.config.yaml',
    ...files,
  ],
  { encoding: 'utf8', shell: process.platform === 'win32' },
);
if (cspell.error) throw cspell.error;
for (const line of cspell.stdout.split('\n')) {
  const m = /^(.+?):(\d+):(\d+) - Unknown word \((.+?)\)(?:\s+fix: \((.*)\))?(?:\s+Suggestions: \[(.*)\])?/.exec(line);
  if (!m) continue;
  const [, file, lineNo, column, word, fix, suggested] = m;
  if (file === undefined) continue;
  const suggestions = fix || suggested;
  const hint = suggestions ? ` — gợi ý / suggestions: ${suggestions.split(/,\s*/).slice(0, 4).join(', ')}` : '';
  findings.push({
    file,
    line: Number(lineNo),
    column: Number(column),
    message: `"${word}": có thể sai chính tả / possible misspelling${hint}`,
  });
}
for (const file of files)
  for (const r of repeatedWords(readFileSync(file, 'utf8')))
    findings.push({ file, line: r.line, column: r.column, message: `"${r.word} ${r.word}": từ lặp / word repeated` });

findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message}`);
console.log(`\n${findings.length} possible slip(s) in ${files.length} file(s).`);
if (process.env.GITHUB_ACTIONS) {
  for (const f of findings)
    console.log(
      `::warning file=${escapeCommandProperty(f.file)},line=${f.line},col=${f.column},title=Chính tả / Spelling::${escapeCommandData(f.message)}`,
    );
  if (process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(
      process.env.GITHUB_STEP_SUMMARY,
      `### Chính tả / Spelling\n\n${findings.length ? findings.map((f) => `- \`${f.file}:${f.line}\` ${f.message}`).join('\n') : 'Không thấy lỗi / nothing found.'}\n`,
    );
}
process.exit(values.strict && findings.length ? 1 : 0);
