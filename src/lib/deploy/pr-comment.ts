/**
 * The one comment a pull request gets, in Vietnamese: the preview links, the content check's
 * result and the translation report. The privileged preview workflow writes it from the report the
 * pull request's own run uploaded — which that run's (possibly changed) code produced, so every
 * value here is untrusted text: the check's output goes inside a fence longer than any backtick
 * run in it, numbers and names are checked against their patterns, and the whole stays under
 * GitHub's comment size. It imports nothing outside src/lib/safety/names.ts, so the privileged
 * job runs it with Node alone, installing no package.
 */
import { LOCALE, SLUG } from '../safety/names.ts';

/** The states of src/editor/translation-status.ts (a test keeps the two lists equal). */
export const TRANSLATION_STATES = ['current', 'draft', 'stale', 'unstamped', 'missing'] as const;
type TranslationState = (typeof TRANSLATION_STATES)[number];

/** Finds the comment again on the next push: the workflow edits it instead of adding another. */
export const COMMENT_MARKER = '<!-- ttdn-portal:preview -->';
/** GitHub refuses comments over 65,536 characters; the check's output is cut well before. */
const MAX_CHECK_OUTPUT = 40_000;
const MAX_LISTED = 30;

export interface Preview {
  province: string;
  url: string;
}

export interface CommentInput {
  commit: string;
  /** The preview links; or why there are none. */
  previews: Preview[] | { none: 'fork' | 'not-built' | 'disabled' };
  /** undefined when the report is missing (the run stopped before the check). */
  check?: { passed: boolean; output: string };
  /** `npm run translations -- --json`, as uploaded (parsed and checked here). */
  translations?: string;
}

interface TranslationReport {
  summary: { province: string; locale: string; counts: Record<TranslationState | 'total', number> }[];
  pieces: { state: TranslationState; locale: string; file: string }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isState = (v: unknown): v is TranslationState => TRANSLATION_STATES.some((state) => state === v);
const hasCounts = (counts: Record<string, unknown>) =>
  ['total', ...TRANSLATION_STATES].every((k) => isCount(counts[k]));
const CONTENT_PATH = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*)*$/;

function isTranslationReport(value: unknown): value is TranslationReport {
  if (!isRecord(value) || !Array.isArray(value.summary) || !Array.isArray(value.pieces)) return false;
  const summaryOk = value.summary.every(
    (s) =>
      isRecord(s) &&
      typeof s.province === 'string' &&
      SLUG.test(s.province) &&
      typeof s.locale === 'string' &&
      LOCALE.test(s.locale) &&
      isRecord(s.counts) &&
      hasCounts(s.counts),
  );
  const piecesOk = value.pieces.every(
    (p) =>
      isRecord(p) &&
      isState(p.state) &&
      typeof p.locale === 'string' &&
      LOCALE.test(p.locale) &&
      typeof p.file === 'string' &&
      CONTENT_PATH.test(p.file),
  );
  return summaryOk && piecesOk;
}

/** `npm run translations -- --json` as the pull request's run wrote it, or undefined if it is not that shape. */
export function parseTranslationReport(text: string): TranslationReport | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isTranslationReport(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const STATE_LABELS: Record<TranslationState, string> = {
  current: 'Đã dịch',
  draft: 'Bản nháp',
  stale: 'Cần cập nhật',
  unstamped: 'Chưa xác nhận',
  missing: 'Chưa có',
};

/** A fenced block no line of `text` can close (CommonMark: a fence ends only at one at least as long). */
export function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\r/g, '')}\n${fence}`;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}\n… (còn ${text.length - max} ký tự nữa: xem nhật ký của bước "Content check" trong lượt chạy)`;
}

function previewSection(previews: CommentInput['previews']): string[] {
  if (!Array.isArray(previews)) {
    const why = {
      fork: 'Pull request này đến từ một bản fork nên bản xem trước không được tự động đăng (mã của nó chưa được kiểm duyệt). Người quản trị có thể tải các trang đã dựng trong mục Artifacts của lượt chạy.',
      'not-built':
        'Chưa có bản xem trước: các trang chưa được dựng vì kiểm tra nội dung hoặc bước dựng bị lỗi. Sửa lỗi rồi lưu lại, bản xem trước sẽ xuất hiện ở đây.',
      disabled: 'Kho này chưa bật bản xem trước (xem mục "Deploy" trong README).',
    }[previews.none];
    return ['### Xem trước', '', why];
  }
  return [
    '### Xem trước',
    '',
    '| Tỉnh | Địa chỉ xem trước |',
    '| --- | --- |',
    ...previews.map((p) => `| ${p.province} | ${p.url} |`),
    '',
    'Bản xem trước được cập nhật sau mỗi lần lưu thay đổi và được gỡ khi pull request đóng.',
  ];
}

function checkSection(check: CommentInput['check']): string[] {
  if (!check)
    return [
      '### Kiểm tra nội dung',
      '',
      '⚠️ Không có kết quả kiểm tra: lượt chạy dừng trước bước kiểm tra. Xem nhật ký của lượt chạy.',
    ];
  const output = cut(check.output.trim(), MAX_CHECK_OUTPUT);
  return [
    '### Kiểm tra nội dung',
    '',
    check.passed
      ? '✅ Nội dung hợp lệ: không có lỗi nào.'
      : '❌ Có lỗi trong nội dung. Mỗi dòng dưới đây ghi tên tệp, trường và lỗi tìm thấy; sửa từng dòng rồi lưu lại, kiểm tra sẽ chạy lại.',
    '',
    '<details><summary>Chi tiết kết quả kiểm tra</summary>',
    '',
    fenced(output || '(không có gì)'),
    '',
    '</details>',
  ];
}

function translationSection(text: string | undefined): string[] {
  const head = ['### Bản dịch', ''];
  if (text === undefined) return [...head, '⚠️ Không có báo cáo bản dịch.'];
  const report = parseTranslationReport(text);
  if (!report) return [...head, '⚠️ Báo cáo bản dịch không đọc được.'];
  if (!report.summary.length) return [...head, 'Chưa có bài viết tiếng Việt nào cần dịch.'];
  const states = TRANSLATION_STATES;
  const rows = report.summary.map(
    (s) => `| ${s.province} | ${s.locale} | ${s.counts.total} | ${states.map((k) => s.counts[k]).join(' | ')} |`,
  );
  const pending = report.pieces.filter((p) => p.state !== 'current');
  return [
    ...head,
    `| Tỉnh | Ngôn ngữ | Số bài | ${states.map((k) => STATE_LABELS[k]).join(' | ')} |`,
    `| --- | --- | --- | ${states.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    ...(pending.length
      ? [
          '<details><summary>Các bản dịch còn phải làm</summary>',
          '',
          ...pending.slice(0, MAX_LISTED).map((p) => `- ${STATE_LABELS[p.state]} (${p.locale}): \`content/${p.file}\``),
          ...(pending.length > MAX_LISTED
            ? [`- … và ${pending.length - MAX_LISTED} bản khác (chạy \`npm run translations\` để xem hết)`]
            : []),
          '',
          '</details>',
        ]
      : []),
    '',
    'Báo cáo này chỉ để tham khảo: bản dịch còn thiếu không chặn việc hợp nhất (trang chưa dịch hiện bằng tiếng Việt kèm thông báo).',
  ];
}

export function commentBody(input: CommentInput): string {
  if (!/^[0-9a-f]{40}$/.test(input.commit)) throw new Error(`commit "${input.commit}" is not a 40-hex SHA`);
  return [
    COMMENT_MARKER,
    '## Kết quả kiểm tra và bản xem trước',
    '',
    `Cho lần lưu \`${input.commit.slice(0, 7)}\`. Bình luận này được cập nhật sau mỗi lần lưu.`,
    '',
    ...previewSection(input.previews),
    '',
    ...checkSection(input.check),
    '',
    ...translationSection(input.translations),
    '',
  ].join('\n');
}
