/**
 * Sveltia CMS's interface translations as the portal serves them (admin/locales/<lang>.json).
 * The published Vietnamese file lags behind the English one: strings added in recent releases
 * are missing, and the CMS shows them in English. The ones an editor meets on the way the portal
 * uses the CMS (signing in with a token under the editorial workflow, a save that clashes with
 * someone else's) are supplied here; the package's own translation wins wherever it has one.
 */

/** A locale file: keys to strings or to nested groups of keys. */
export interface CmsLocaleStrings {
  [key: string]: string | CmsLocaleStrings;
}

/** Vietnamese for strings the published vi.json lacks, by their en-US keys (same {$placeholders}). */
export const CMS_VI_ADDITIONS: CmsLocaleStrings = {
  // The token sign-in dialog: the portal's CMS uses the editorial workflow (pull requests).
  sign_in_using_access_token_workflow_note:
    'Vì trang biên tập dùng quy trình biên tập (duyệt bài qua pull request), mã này cũng phải có quyền đọc/ghi pull request.',
  // Two editors saving the same entry.
  save_conflict: {
    title: 'Bài viết đã được người khác sửa',
    modified_by: '{$name} đã sửa bài viết này lúc {$date}, sau khi bạn mở nó.',
    modified: 'Bài viết này đã được sửa trong kho mã nguồn sau khi bạn mở nó.',
    deleted: 'Bài viết này đã bị xoá khỏi kho mã nguồn sau khi bạn mở nó.',
    overwrite_warning: 'Nếu lưu bây giờ, những thay đổi của người kia sẽ mất.',
    recreate_warning: 'Nếu lưu bây giờ, bài viết sẽ được tạo lại.',
    save_anyway: 'Vẫn lưu',
    branch_moved: 'Trong lúc lưu, kho mã nguồn đã được người khác cập nhật. Vui lòng thử lại.',
  },
  remote_change: {
    reload_entry: 'Tải lại bài viết',
    confirm_reloading_entry: 'Bạn có chắc muốn tải lại bài viết? Những thay đổi chưa lưu sẽ mất.',
  },
  file_unavailable: 'Không tải được',
  file_unavailable_description: 'Không tải được tệp này. Có thể tệp đã bị chuyển đi hoặc bị xoá.',
};

const ADDITIONS: Record<string, CmsLocaleStrings> = { vi: CMS_VI_ADDITIONS };

const isGroup = (value: unknown): value is CmsLocaleStrings =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `shipped` with `additions` filled in where it has no string of its own. */
function fillIn(shipped: CmsLocaleStrings, additions: CmsLocaleStrings): CmsLocaleStrings {
  const out: CmsLocaleStrings = { ...shipped };
  for (const [key, value] of Object.entries(additions)) {
    const own = shipped[key];
    if (own === undefined) out[key] = value;
    else if (isGroup(own) && isGroup(value)) out[key] = fillIn(own, value);
  }
  return out;
}

/** The locale file the portal serves for `locale`, from the package's own. */
export const servedCmsLocale = (locale: string, shipped: CmsLocaleStrings): CmsLocaleStrings =>
  fillIn(shipped, ADDITIONS[locale] ?? {});
