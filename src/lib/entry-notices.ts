/**
 * The notices above an entry's text, in one order on every page type: what it is (sample data),
 * which language the reader is reading (whole fallback, or a partial translation), then how far
 * to trust the translation (a draft, then one made from an older Vietnamese text).
 */
export type EntryNotice =
  | { kind: 'sample' }
  | { kind: 'fallback'; textLang: string }
  | { kind: 'partial'; textLang: string }
  | { kind: 'draft' }
  | { kind: 'stale' };

/** How a piece is shown in the page's language (the fields of a localized entry that call for a notice). */
export interface ShownAs {
  /** No translation into the page's language: the whole piece is in `textLang`. */
  fallback: boolean;
  textLang: string;
  /** Only the title and summary are translated: the rest is in `bodyLang`. */
  partial: boolean;
  bodyLang: string;
  draft: boolean;
  stale: boolean;
}

/** `shown`: absent for data that has no translations of its own (units, legal documents, spokespeople). */
export function entryNotices(sample: boolean | undefined, shown?: ShownAs): EntryNotice[] {
  const notices: EntryNotice[] = [];
  if (sample) notices.push({ kind: 'sample' });
  if (shown?.fallback) notices.push({ kind: 'fallback', textLang: shown.textLang });
  if (shown?.partial) notices.push({ kind: 'partial', textLang: shown.bodyLang });
  if (shown?.draft) notices.push({ kind: 'draft' });
  if (shown?.stale) notices.push({ kind: 'stale' });
  return notices;
}
