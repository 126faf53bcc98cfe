/**
 * The one allowlist of URL schemes for everything content can link to: every link and image in a
 * body and every URL field in a schema goes through `urlProblem`. Values arrive already decoded
 * (the Markdown parser decodes entities; YAML has none), and are judged the way a browser reads
 * them: tabs and newlines removed, leading and trailing controls and spaces trimmed.
 */

import type { Finding } from '../finding.ts';

/** Schemes a reader's browser may follow from content. */
export const ALLOWED_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

// eslint-disable-next-line no-control-regex -- C0 controls and spaces, as the URL parser strips them
const OUTER_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** What the WHATWG URL parser ignores before it reads the scheme. */
const browserView = (url: string) => url.replace(/[\t\n\r]/g, '').replace(OUTER_CONTROLS, '');

/** Why a URL may not be used: each kind with what its message needs (the words are in content-check/messages/). */
export interface UrlProblems {
  /** A scheme outside ALLOWED_SCHEMES (javascript:, data:, vbscript:…), lowercased. */
  scheme: { scheme: string };
  /** "//host/…": another site, without its scheme. */
  'protocol-relative': object;
  /** A backslash, which browsers read as "/". */
  backslash: object;
  /** A relative address where a full one is needed. */
  'not-absolute': object;
}
export type UrlProblem = Finding<UrlProblems>;

/**
 * Why a URL may not be used, or undefined when it is safe: an allowed scheme, a site-relative
 * path (`/vi/plans/…`), a relative path or a fragment.
 */
export function urlProblem(url: string, options: { absoluteOnly?: boolean } = {}): UrlProblem | undefined {
  const seen = browserView(url);
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
  if (scheme !== undefined)
    return ALLOWED_SCHEMES.some((allowed) => allowed === scheme) ? undefined : { code: 'scheme', scheme };
  if (/^[\\/][\\/]/.test(seen)) return { code: 'protocol-relative' };
  if (seen.includes('\\')) return { code: 'backslash' };
  if (options.absoluteOnly) return { code: 'not-absolute' };
  return undefined;
}

export const isSafeUrl = (url: string, options?: { absoluteOnly?: boolean }) => urlProblem(url, options) === undefined;
