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
    return `địa chỉ bắt đầu bằng "${scheme}:", loại địa chỉ không được phép — hãy viết https://…, http://…, mailto:… hoặc tel:… (the "${scheme}:" scheme is not allowed)`;
  }
  if (/^[\\/][\\/]/.test(seen)) return 'địa chỉ bắt đầu bằng "//" (trang khác nhưng thiếu https:) — hãy viết đầy đủ https://…';
  if (seen.includes('\\')) return 'địa chỉ chứa dấu "\\" — hãy dùng dấu "/" giữa các phần của đường dẫn';
  if (options.absoluteOnly) return 'không phải địa chỉ web đầy đủ — hãy viết địa chỉ bắt đầu bằng https://';
  return undefined;
}

export const isSafeUrl = (url: string, options?: { absoluteOnly?: boolean }) => urlProblem(url, options) === undefined;
