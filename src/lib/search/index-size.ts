/** Sizes of a Pagefind bundle per locale, from its file list (names carry the locale: vi_1a2b….pf_index). */
import { group } from '../regex-group.ts';

export interface LocaleIndexSize {
  lang: string;
  pages: number;
  meta: number;
  index: number;
  fragments: number;
  filters: number;
  total: number;
}

/** Groups bundle files (path relative to pagefind/, size in bytes) by locale; shared files are not counted. */
export function indexSizes(files: readonly { path: string; size: number }[]): LocaleIndexSize[] {
  const byLang = new Map<string, LocaleIndexSize>();
  for (const { path, size } of files) {
    const m = /(?:^|\/)(?:pagefind\.)?([a-z]{2,3}(?:-[a-z0-9]+)?)_[0-9a-f]+\.pf_(meta|index|fragment|filter)$/i.exec(
      path,
    );
    if (!m) continue;
    const lang = group(m, 1);
    const row = byLang.get(lang) ?? { lang, pages: 0, meta: 0, index: 0, fragments: 0, filters: 0, total: 0 };
    const kind = group(m, 2);
    if (kind === 'meta') row.meta += size;
    else if (kind === 'index') row.index += size;
    else if (kind === 'filter') row.filters += size;
    else {
      row.fragments += size;
      row.pages += 1;
    }
    row.total += size;
    byLang.set(lang, row);
  }
  return [...byLang.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}
