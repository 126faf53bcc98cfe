/**
 * Which language a reader sees when a piece is not translated into the page's: the province
 * configures a chain per locale (province.yaml `fallbacks`, e.g. km → en → vi), and the first
 * language of the chain the piece exists in wins. Vietnamese, the source, always ends the chain.
 */

/** Languages to try for a page in `lang`, in order: itself, its configured fallbacks, then Vietnamese. */
export function fallbackChain(lang: string, fallbacks: Readonly<Record<string, readonly string[]>> = {}): string[] {
  return [...new Set([lang, ...(fallbacks[lang] ?? []), 'vi'])];
}

/** The first language of `chain` that `find` has a version in, with that version; undefined when none has. */
export function chooseByChain<T>(
  chain: readonly string[],
  find: (lang: string) => T | undefined,
): { lang: string; value: T } | undefined {
  for (const lang of chain) {
    const value = find(lang);
    if (value !== undefined) return { lang, value };
  }
  return undefined;
}
