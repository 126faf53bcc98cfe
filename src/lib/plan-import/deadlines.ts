/** Finds reporting deadlines ("báo cáo … trước ngày 10/11/2024", "trước ngày 01/11") with the clause that sets them. */
import { isoDate } from './dates.ts';
import type { ReportingDeadline } from './types.ts';

const DEADLINE_RE =
  /trước ngày\s+(?:(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)/giu;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The clause around position `at`: from the previous ";" or sentence end to the next. */
function clauseAt(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(';'), before.search(/\.\s[^.]*$/u)) + 1;
  const after = text.slice(at).search(/;|\.(?:\/\.)?(?:\s|$)/u);
  const end = after === -1 ? text.length : at + after;
  return text.slice(start, end).replace(/^[\s.]+|[\s,]+$/gu, '');
}

/** Deadlines in paragraphs that speak of reporting; impossible dates are reported in `warnings`. */
export function findDeadlines(paragraphs: string[]): { deadlines: ReportingDeadline[]; warnings: string[] } {
  const deadlines: ReportingDeadline[] = [];
  const warnings: string[] = [];
  for (const paragraph of paragraphs.map((p) => p.replace(/^[-–•+*]\s*/u, ''))) {
    if (!/báo cáo/iu.test(paragraph)) continue;
    for (const m of paragraph.matchAll(DEADLINE_RE)) {
      const day = Number(m[1] ?? m[4]);
      const month = Number(m[2] ?? m[5]);
      const yearText = m[3] ?? m[6];
      const checked = isoDate(day, month, yearText === undefined ? 2000 : Number(yearText));
      if (checked === undefined) {
        warnings.push(`"${m[0]}" is not a real date`);
        continue;
      }
      const deadline: ReportingDeadline = { monthDay: `${pad(month)}-${pad(day)}`, text: clauseAt(paragraph, m.index) };
      if (yearText !== undefined) deadline.date = checked;
      deadlines.push(deadline);
    }
  }
  return { deadlines, warnings };
}
