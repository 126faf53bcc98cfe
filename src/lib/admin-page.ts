/**
 * The editors' CMS page (/admin/index.html): every value written into it is escaped, and it
 * carries the CMS's own Content-Security-Policy for hosts that ignore `_headers`.
 */
import { ADMIN_DIRECTIVES, metaPolicy } from './site-files/csp.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export function adminIndexHtml(provinceName: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(metaPolicy(ADMIN_DIRECTIVES))}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Biên tập nội dung — ${escapeHtml(provinceName)}</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}
