/**
 * The check's findings as an editor reads them: lines for a terminal or a build log, GitHub
 * annotations on the lines of a pull request, and a table for the job summary. Every value from
 * content is escaped for where it goes: a workflow command cannot be ended or started from inside
 * a message, and a table cell cannot break the table or carry Markdown or HTML.
 */
import { escapeCommandData, escapeCommandProperty } from '../safety/workflow-command.ts';
import { fieldName, formatProblem, type ContentProblem } from '../format-issues.ts';
import type { Messages } from './messages/index.ts';
import type { CheckResult } from './types.ts';

export type Severity = 'error' | 'warning';

const findings = (result: CheckResult): { severity: Severity; problem: ContentProblem }[] => [
  ...result.errors.map((problem) => ({ severity: 'error' as const, problem })),
  ...result.warnings.map((problem) => ({ severity: 'warning' as const, problem })),
];

/** One line per finding: "✗ content/…/x.md:12: Ngày (date): …" ("!" for a warning). */
export function formatCheck(result: CheckResult, m: Messages): string {
  return findings(result)
    .map(({ severity, problem }) => `${severity === 'error' ? '✗' : '!'} ${formatProblem(problem, m)}`)
    .join('\n');
}

/**
 * `::error file=…,line=…,title=…::message` for each finding: GitHub shows it on that line of the
 * pull request's changed files, and in the log.
 */
export function annotations(result: CheckResult, m: Messages): string[] {
  return findings(result).map(({ severity, problem }) => {
    const props = [`file=${escapeCommandProperty(problem.file)}`];
    if (problem.line) props.push(`line=${problem.line}`);
    props.push(`title=${escapeCommandProperty(`${m.annotationTitle[severity]}: ${fieldName(problem, m)}`)}`);
    return `::${severity} ${props.join(',')}::${escapeCommandData(formatProblem(problem, m))}`;
  });
}

/** Text from content inside a Markdown table cell: shown as written, never as Markdown or HTML. */
export function tableCell(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Characters that open emphasis, code, links or strike-through, and the cell separator.
      .replace(/[\\`*_[\]|~]/g, '\\$&')
  );
}

/** The job summary: counts, then a table of findings (at most `limit` rows: the summary has a size limit). */
export function summaryMarkdown(result: CheckResult, m: Messages, limit = 300): string {
  const s = m.summary;
  const all = findings(result);
  if (!all.length) return `## ${s.heading}\n\n${s.clean}\n`;
  const rows = all
    .slice(0, limit)
    .map(
      ({ severity, problem }) =>
        `| ${severity === 'error' ? `❌ ${s.error}` : `⚠️ ${s.warning}`} | ${tableCell(problem.file)} | ${problem.line ?? ''} | ${tableCell(fieldName(problem, m))} | ${tableCell(problem.message)} |`,
    );
  const more = all.length > limit ? `\n${s.more(all.length - limit)}\n` : '';
  return [
    `## ${s.heading}`,
    '',
    s.counts(result.errors.length, result.warnings.length),
    '',
    `| ${s.columns.join(' | ')} |`,
    `|${s.columns.map(() => ' --- ').join('|')}|`,
    ...rows,
    more,
  ].join('\n');
}
