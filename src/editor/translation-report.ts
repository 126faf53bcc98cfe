/**
 * The text `npm run translations` prints: each heading says what its table lists, in Vietnamese
 * (the editors' language) first, then in English.
 */
import { coverageKinds, requiredKinds, type CoverageGap, type CoverageRow } from './translation-coverage.ts';
import { translationStates, type StatusSummary, type TranslationRow } from './translation-status.ts';

export interface TranslationReport {
  /** The provinces asked for. */
  ids: readonly string[];
  summary: readonly StatusSummary[];
  /** The pieces to list: those not current, or every one with --all. */
  listed: readonly TranslationRow[];
  all: boolean;
  coverage: { rows: readonly CoverageRow[]; gaps: readonly CoverageGap[] };
}

export const reportHeadings = {
  summary:
    'Bản dịch theo tỉnh và ngôn ngữ: số bài tiếng Việt (pieces) và tình trạng bản dịch của chúng · Translations by province and language: the Vietnamese pieces and the state of their translations',
  todo: 'Bản dịch cần làm (chưa có, bản nháp, cũ, chưa ghi dấu) · Translations to do (missing, draft, stale, unstamped)',
  every: 'Mọi bản dịch và tình trạng của nó · Every translation and its state',
  coverage:
    'Đã dịch sang từng ngôn ngữ, theo từng mục (đã dịch/tổng; * = bắt buộc: tiếng Anh mọi mục, ngôn ngữ khác tiêu đề và tóm tắt; mục chưa dịch hiện bằng ngôn ngữ kế tiếp trong chuỗi dự phòng của tỉnh, ví dụ km → en → vi) · ' +
    "Translated into each language, item by item (translated/total; * = required: English everything, other languages title and summary; an item not translated is shown in the next language of the province's fallback chain, e.g. km → en → vi)",
  gaps: (count: number) => `Mục bắt buộc chưa dịch (${count}) · Required items not yet translated (${count})`,
  noGaps: 'Mọi mục bắt buộc đã được dịch. · Every required item is translated.',
  noPieces: (id: string) => `${id}: chưa có bài tiếng Việt nào · no Vietnamese pieces yet`,
  legend:
    'missing: chưa có tệp · draft: bản nháp, chưa hiệu đính · stale: bản tiếng Việt đã đổi từ khi dịch; sửa bản dịch rồi chạy `npm run translations -- --stamp TỆP` · unstamped: chưa ghi dấu bản gốc, chạy --stamp khi đã kiểm tra\n' +
    'missing: no file yet · draft: not yet reviewed · stale: the Vietnamese changed since; update, then `npm run translations -- --stamp FILE` · unstamped: no fingerprint, run --stamp once it is checked',
} as const;

function table(head: readonly string[], body: readonly string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatTranslationReport(r: TranslationReport): string {
  const out: string[] = [reportHeadings.summary + ':'];
  out.push(
    table(
      ['province', 'locale', 'pieces', ...translationStates],
      r.summary.map((s) => [
        s.province,
        s.locale,
        String(s.counts.total),
        ...translationStates.map((k) => String(s.counts[k])),
      ]),
    ),
  );
  for (const id of r.ids) if (!r.summary.some((s) => s.province === id)) out.push(reportHeadings.noPieces(id));
  if (r.listed.length) {
    out.push('', `${r.all ? reportHeadings.every : reportHeadings.todo}:`);
    out.push(
      table(
        ['state', 'locale', 'file'],
        r.listed.map((row) => [
          row.state + (row.draft && row.state === 'stale' ? ' (draft)' : ''),
          row.locale,
          `content/${row.file}`,
        ]),
      ),
    );
  }
  out.push('', `${reportHeadings.coverage}:`);
  out.push(
    table(
      ['province', 'locale', ...coverageKinds],
      r.coverage.rows.map((row) => [
        row.province,
        row.locale,
        ...coverageKinds.map(
          (k) => `${row.counts[k].done}/${row.counts[k].total}${requiredKinds(row.locale).includes(k) ? '*' : ''}`,
        ),
      ]),
    ),
  );
  if (r.coverage.gaps.length) {
    out.push('', `${reportHeadings.gaps(r.coverage.gaps.length)}:`);
    out.push(
      table(
        ['kind', 'locale', 'file', 'where'],
        r.coverage.gaps.map((g) => [g.kind, g.locale, `content/${g.file}`, g.where]),
      ),
    );
  } else out.push('', reportHeadings.noGaps);
  out.push('', reportHeadings.legend);
  return out.join('\n');
}
