/**
 * The Content-Security-Policy of a built site, fixed by the portal's own code: pages carry no
 * inline script or style at all (stylesheets and scripts are files, JSON-LD is a data block), so
 * the policy needs no hashes and nothing a page contains can widen it. The same policy goes into
 * every page's `<meta http-equiv>` (for hosts that ignore `_headers`) and into `_headers`.
 */

/** One directive: its name, then its sources. */
export type Directive = readonly [name: string, ...sources: string[]];

/**
 * The reader site. Own origin only. No `data:` images (Vite inlines no asset, see astro.config.mjs)
 * and no `upgrade-insecure-requests`: every source is the site itself, so there is nothing
 * insecure to upgrade, and it would break the http preview on localhost.
 */
export const SITE_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows that, not eval().
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The editors' CMS at /admin/ (Sveltia). Its code, fonts and interface translations are files of
 * the site (scripts/build/admin.ts); the one other origin it talks to is GitHub's API, which
 * also serves the repository's images (fetched, then shown as blob: URLs). The only picture from
 * elsewhere is the signed-in editor's GitHub avatar (an image, nothing fetched). It styles itself inline
 * (Svelte components), hence 'unsafe-inline' for styles only; never for scripts, and no eval.
 *
 * The OAuth helper (the province's `cms.authUrl`) is not listed: sign-in opens it in a window of
 * its own (a navigation, which connect-src does not govern) and the token comes back by
 * postMessage. So the policy stays one constant that nothing in content can widen.
 */
export const ADMIN_DIRECTIVES: readonly Directive[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'", "'unsafe-inline'"],
  ['img-src', "'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  ['font-src', "'self'"],
  // data: is no origin: before its config arrives, the CMS reads its default logo (a data: URL) with fetch().
  // blob: neither: saving an entry reads back, with fetch(), the photo the editor just uploaded.
  ['connect-src', "'self'", 'data:', 'blob:', 'https://api.github.com'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives browsers ignore in a `<meta>` policy (CSP 3, §"The meta element"). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const text = (directives: readonly Directive[]) => directives.map((d) => d.join(' ')).join('; ');

/** The policy as the `Content-Security-Policy` header sends it. */
export const headerPolicy = (directives: readonly Directive[]): string => text(directives);

/** The policy as a `<meta http-equiv="Content-Security-Policy">` can carry it. */
export const metaPolicy = (directives: readonly Directive[]): string =>
  text(directives.filter(([name]) => !HEADER_ONLY.has(name)));

/** Directive name → sources, read from a policy text (header or meta). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d): d is [string, ...string[]] => Boolean(d[0]));
  return new Map(directives.map(([name, ...sources]) => [name.toLowerCase(), sources]));
}

/**
 * A Netlify/Cloudflare-style `_headers` file: the site policy and hardening headers on every
 * path, and the CMS's own policy on /admin/ (`!` detaches the site's first, as both would apply).
 * `base`: the path the site is served under ("/my-repo/gia-lai/"), which the rules' paths start
 * with; the policies themselves name only 'self', wherever that is.
 */
export function headersFile(base = '/'): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${headerPolicy(SITE_DIRECTIVES)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
    `${base}admin/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${headerPolicy(ADMIN_DIRECTIVES)}`,
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');
}
