/**
 * The editors' CMS page (/admin/index.html): every value written into it is escaped, and it
 * carries the CMS's own Content-Security-Policy for hosts that ignore `_headers`.
 */
import { ADMIN_DIRECTIVES, metaPolicy } from './site-files/csp.ts';
import { lookup } from './lookup.ts';

const HTML_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/** Text safe in HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => lookup(HTML_ESCAPES, c, 'escapeHtml'));

/** The CMS's name on its sign-in screen and in the browser tab: the province's portal, by its Vietnamese name. */
export const adminTitle = (provinceName: string): string => `Thông tin đối ngoại ${provinceName}`;

/**
 * The page: the CMS script and the stylesheet of the Vietnamese faces of its font (fonts.css),
 * both beside it. Sveltia chooses its interface language from the browser, so `lang` is only the
 * language of the page before it starts.
 */
export function adminIndexHtml(provinceName: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaPolicy(ADMIN_DIRECTIVES))}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(adminTitle(provinceName))}</title>
<link href="fonts.css" rel="stylesheet">
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}
