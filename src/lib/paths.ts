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

/*
 * A portal may be served under a base path (a GitHub Pages project site "/my-repo/gia-lai/", a
 * preview "/pr-123/gia-lai/"). The functions above make site paths, relative to the portal's own
 * root; these put them under the base (pages link to served paths) and take them back out.
 */

/** `/my-repo/gia-lai/vi/` from ('/my-repo/gia-lai/', '/vi/'); the path itself when the base is "/". */
export function withBase(base: string, sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`withBase: "${sitePath}" is not a site path (it must start with "/")`);
  return base === '/' ? sitePath : `${base}${sitePath.slice(1)}`;
}

/** `/vi/` from ('/my-repo/gia-lai/', '/my-repo/gia-lai/vi/'): the site path of a served path. */
export function withoutBase(base: string, servedPath: string): string {
  if (base === '/') return servedPath;
  if (servedPath === base.slice(0, -1)) return '/';
  if (!servedPath.startsWith(base))
    throw new Error(`withoutBase: "${servedPath}" is not under the base path "${base}"`);
  return `/${servedPath.slice(base.length)}`;
}

/**
 * The base path a site address implies: its path with a closing slash ("https://x.vn/ttdn" →
 * "/ttdn/"), so a portal whose address has a path links under it without being told twice.
 */
export const basePathOfSite = (site: string | URL): string => new URL(site).pathname.replace(/\/?$/, '/');

/**
 * The absolute URL of a site path: the site's origin, then the base path, then the path. The
 * site's own path is not repeated: the base is the whole path the portal is served under (by
 * default the site's path, see basePathOfSite).
 */
export function absoluteUrl(site: string | URL, base: string, sitePath: string): string {
  return new URL(withBase(base, sitePath), site).href;
}

/**
 * A URL from content under the base path: content links to the portal's own pages by site path
 * ("/vi/plans/x/", what the content check verifies), which the build serves under the base. Other
 * URLs (relative, "//host", with a scheme, "#anchor") are returned as they are.
 */
export function contentUrlUnderBase(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? withBase(base, url) : url;
}
