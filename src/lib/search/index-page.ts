/**
 * The copy of a built page that the search index reads: whether it is indexed at all, its URL,
 * and its text with search aliases added (the served page is never changed).
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { withAliases } from './aliases.ts';
import { group } from '../regex-group.ts';

type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Pages only the index sees differently: listings and fallbacks carry no data-pagefind-body. */
export function isIndexable(html: string): boolean {
  if (!html.includes('data-pagefind-body') || !/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) return false;
  // A piece shown whole in another language under this locale repeats that language's page; one
  // translated in part (data-fallback="partial") has its title and summary in this language, and
  // the parts shown in another language carry data-pagefind-ignore.
  return !/\sdata-notice="fallback"/.test(html) || /\sdata-fallback="partial"/.test(html);
}

/** `/en/plans/x/` from `en/plans/x/index.html` (paths relative to the site, either slash). */
export function urlOfFile(relativePath: string): string {
  const path = relativePath.split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`.replace(/\/+$/, '/') || '/';
}

/**
 * What Pagefind reads of a page: its <html> tag (the locale), its title and its <main>, where the
 * indexed body, filters and meta are. The header, navigation, footer and head links are the same
 * on every page and only cost parsing (at 20,000 pages, about a sixth of the indexing time).
 * Parts marked `data-pagefind-ignore="all"` are left out: Pagefind reads nothing in them (text,
 * filters or meta), so they cannot change the index, and a page that differs only there (the
 * build date on a dated page, a fallback body) keeps its search shard's fingerprint.
 * This is also what the shard fingerprint digests (scripts/build/search-index.ts).
 */
export function searchSource(html: string): string {
  const open = /<html[^>]*>/i.exec(html)?.[0];
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (!open || start < 0 || end < start) return html;
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  // The built HTML has no whitespace between elements, and Pagefind joins the text of adjacent
  // cells and terms ("Responsible unitGia Lai…" in an excerpt): a space after each one keeps words apart.
  const main = withoutIgnoredParts(html.slice(start, end + '</main>'.length)).replace(
    /<\/(dt|dd|div|li|td|th)>/g,
    '</$1> ',
  );
  return `<!doctype html>${open}<head><meta charset="utf-8">${title}</head><body>${main}</body></html>`;
}

/** The copy Pagefind indexes: the search source with aliases in its text. */
export function searchCopy(html: string): string {
  return withSearchAliases(searchSource(html));
}

const IGNORED_ALL = 'data-pagefind-ignore="all"';

/** `main` without the elements marked `data-pagefind-ignore="all"` (parsed only when one is there). */
function withoutIgnoredParts(main: string): string {
  if (!main.includes(IGNORED_ALL)) return main;
  const fragment = parseFragment(main);
  const drop = (node: ParentNode): void => {
    node.childNodes = node.childNodes.filter(
      (child) => !('attrs' in child && child.attrs.some((a) => a.name === 'data-pagefind-ignore' && a.value === 'all')),
    );
    for (const child of node.childNodes) if ('childNodes' in child) drop(child);
  };
  drop(fragment);
  return serialize(fragment);
}

/** The page with aliases written into the text of its body (not into tags, scripts or styles). */
export function withSearchAliases(html: string): string {
  const bodyAt = html.search(/<body[\s>]/);
  if (bodyAt < 0) return html;
  let raw: string | undefined;
  const body = html.slice(bodyAt).replace(/(<[^>]*>)|[^<]+/g, (whole: string, tag: string | undefined) => {
    if (tag) {
      const open = /^<(script|style|noscript|textarea)[\s>]/i.exec(tag);
      if (open) raw = group(open, 1).toLowerCase();
      else if (raw && new RegExp(`^</${raw}\\s*>`, 'i').test(tag)) raw = undefined;
      return whole;
    }
    // Not a tag: the match is a run of text between tags.
    return raw ? whole : withAliases(whole);
  });
  return html.slice(0, bodyAt) + body;
}
