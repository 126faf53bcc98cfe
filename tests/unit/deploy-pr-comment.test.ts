import { describe, expect, it } from 'vitest';
import {
  COMMENT_MARKER,
  TRANSLATION_STATES,
  commentBody,
  fenced,
  parseTranslationReport,
} from '../../src/lib/deploy/pr-comment.ts';
import { translationStates } from '../../src/editor/translation-status.ts';

const commit = 'abcdef0123456789abcdef0123456789abcdef01';
const report = JSON.stringify({
  summary: [
    {
      province: 'gia-lai',
      locale: 'en',
      counts: { total: 17, current: 3, draft: 11, stale: 1, unstamped: 1, missing: 1 },
    },
  ],
  pieces: [{ state: 'missing', locale: 'en', file: 'gia-lai/press/en/hop-bao.md', source: 'x', province: 'gia-lai' }],
});

describe('the one comment on a pull request', () => {
  it('starts with the marker the workflow finds it by, and shows the preview links per province', () => {
    const body = commentBody({
      commit,
      previews: [{ province: 'gia-lai', url: 'https://o.github.io/r/pr-3/gia-lai/' }],
      check: { passed: true, output: '0 error(s)' },
      translations: report,
    });
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('| gia-lai | https://o.github.io/r/pr-3/gia-lai/ |');
    expect(body).toContain('Cho lần lưu `abcdef0`');
    expect(body).toContain('✅ Nội dung hợp lệ');
  });
  it('says why there is no preview, in Vietnamese', () => {
    expect(commentBody({ commit, previews: { none: 'fork' } })).toContain('đến từ một bản fork');
    expect(commentBody({ commit, previews: { none: 'not-built' } })).toContain('Chưa có bản xem trước');
    expect(commentBody({ commit, previews: { none: 'not-built' } })).toContain('⚠️ Không có kết quả kiểm tra');
  });
  it("shows a failed check's output inside a fence its own backticks cannot close", () => {
    const hostile = 'content/x.md: title: ```\n</details>\n```\n@everyone <img src=x onerror=alert(1)>';
    const body = commentBody({ commit, previews: { none: 'not-built' }, check: { passed: false, output: hostile } });
    expect(body).toContain('❌ Có lỗi trong nội dung');
    expect(body).toContain(`\`\`\`\`text\n${hostile}\n\`\`\`\``);
    expect(fenced('a ````` b')).toMatch(/^``````text\n/);
  });
  it("stays under GitHub's comment size whatever the output", () => {
    const body = commentBody({
      commit,
      previews: { none: 'not-built' },
      check: { passed: false, output: 'x'.repeat(500_000) },
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('… (còn 460000 ký tự nữa');
  });
  it('turns the translation report into a Vietnamese table and a to-do list', () => {
    const body = commentBody({ commit, previews: { none: 'disabled' }, translations: report });
    expect(body).toContain(
      '| Tỉnh | Ngôn ngữ | Số bài | Đã dịch | Bản nháp | Cần cập nhật | Chưa xác nhận | Chưa có |',
    );
    expect(body).toContain('| gia-lai | en | 17 | 3 | 11 | 1 | 1 | 1 |');
    expect(body).toContain('- Chưa có (en): `content/gia-lai/press/en/hop-bao.md`');
  });
  it("refuses a report that is not the translations script's shape (it comes from the pull request's run)", () => {
    for (const bad of [
      'nope',
      '{}',
      JSON.stringify({ summary: [{ province: 'a|b', locale: 'en', counts: {} }], pieces: [] }),
      JSON.stringify({ summary: [], pieces: [{ state: 'missing', locale: 'en', file: '`x`<script>' }] }),
    ]) {
      expect(parseTranslationReport(bad)).toBeUndefined();
      expect(commentBody({ commit, previews: { none: 'disabled' }, translations: bad })).toContain(
        '⚠️ Báo cáo bản dịch không đọc được.',
      );
    }
  });
  it('knows the same translation states as the report', () => {
    expect([...TRANSLATION_STATES]).toEqual([...translationStates]);
  });
  it('refuses a commit that is not a SHA', () => {
    expect(() => commentBody({ commit: 'main', previews: { none: 'disabled' } })).toThrow(/40-hex/);
  });
});
