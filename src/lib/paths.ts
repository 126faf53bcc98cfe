/** URL paths of the portal: every page lives under /<lang>/ and ends with a slash. */

/** `/en/invest/coffee/` from ('en', 'invest', 'coffee'). */
export function localePath(lang: string, ...segments: (string | number)[]): string {
  const rest = segments.map(String).filter(Boolean).join('/');
  return rest ? `/${lang}/${rest}/` : `/${lang}/`;
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocalePath(pathname: string, lang: string): string {
  const parts = pathname.split('/');
  // A not-found page has no counterpart (the host serves /<lang>/404.html for any missing path): lead home.
  if (parts[2] === '404') return `/${lang}/`;
  parts[1] = lang;
  return parts.join('/');
}

/** The locale a path belongs to, or undefined for the root and other unprefixed files. */
export function localeOfPath(pathname: string, locales: readonly string[]): string | undefined {
  const first = pathname.split('/')[1];
  return first && locales.includes(first) ? first : undefined;
}
