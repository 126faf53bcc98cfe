/**
 * The `lang` attribute of text in `textLang` on a page in `pageLang`: none where they agree (the
 * page's <html lang> already says it), the text's own language where it differs, so a screen
 * reader reads a Vietnamese title on an English page with a Vietnamese voice. An unknown
 * language (undefined) gives no attribute.
 */
export const langAttribute = (textLang: string | undefined, pageLang: string): string | undefined =>
  textLang === pageLang ? undefined : textLang;
