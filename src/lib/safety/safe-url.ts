/**
 * The one allowlist of URL schemes for everything content can link to: every link and image in a
 * body and every URL field in a schema goes through `urlProblem`. Values arrive already decoded
 * (the Markdown parser decodes entities; YAML has none), and are judged the way a browser reads
 * them: tabs and newlines removed, leading and trailing controls and spaces trimmed.
 */

/** Schemes a reader's browser may follow from content. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** What the WHATWG URL parser ignores before it reads the scheme. */
const browserView = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/**
 * Why a URL may not be used, or undefined when it is safe: an allowed scheme, a site-relative
 * path (`/vi/plans/…`), a relative path or a fragment.
 */
export function urlProblem(url: string, options: { absoluteOnly?: boolean } = {}): string | undefined {
  const seen = browserView(url);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if ((ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
    return `the address starts with "${scheme}:", which is not allowed — expected https://…, http://…, mailto:… or tel:…`;
  }
  if (/^[\\/][\\/]/.test(seen)) return 'the address starts with "//" (another site without its scheme) — expected https://…';
  if (seen.includes('\\')) return 'the address contains "\\" — expected "/" between the parts of a path';
  if (options.absoluteOnly) return 'expected a full web address starting with https://';
  return undefined;
}

export const isSafeUrl = (url: string, options?: { absoluteOnly?: boolean }) => urlProblem(url, options) === undefined;
