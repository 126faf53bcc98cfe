/**
 * The language of each item of a list a translation repeats item by item (tasks, duties,
 * attachments): the translation's language where its file has that item, Vietnamese where it
 * does not yet (the merged list then still shows the source's words there).
 */
export function alignedLangs(translated: unknown, count: number, textLang: string): string[] {
  const own = Array.isArray(translated) ? translated : [];
  return Array.from({ length: count }, (_, i) => (own[i] !== undefined && own[i] !== null ? textLang : 'vi'));
}
