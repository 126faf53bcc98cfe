/**
 * The copy of a built page that the search index reads: whether it is indexed at all, its URL,
 * and its text with search aliases added (the served page is never changed).
 */
import { withAliases } from './aliases.ts';

/** Pages only the index sees differently: listings and fallbacks carry no data-pagefind-body. */
export function isIndexable(html: string): boolean {
  if (!html.includes('data-pagefind-body') || !/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) return false;
  // A piece shown in Vietnamese under another locale repeats the Vietnamese page.
  return !/\sdata-notice="fallback"/.test(html);
}

/** `/en/plans/x/` from `en/plans/x/index.html` (paths relative to the site, either slash). */
export function urlOfFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`.replace(/\/+$/, '/') || '/';
}

/** The page with aliases written into the text of its body (not into tags, scripts or styles). */
export function withSearchAliases(html: string): string {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt < 0) return html;
  let raw: string | undefined;
  const body = html.slice(bodyAt).replace(/(<[^>]*>)|([^<]+)/g, (whole, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const open = /^<(script|style|noscript|textarea)[\s>]/i.exec(tag);
      if (open) raw = open[1]!.toLowerCase();
      else if (raw && new RegExp(`^</${raw}\\s*>`, 'i').test(tag)) raw = undefined;
      return whole;
    }
    return raw ? text! : withAliases(text!);
  });
  return html.slice(0, bodyAt) + body;
}
