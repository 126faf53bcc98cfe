/** What a built page makes a reader download before interacting: HTML, CSS and JS files and inline blocks. */
import { gzipSync } from 'node:zlib';
import { blocks, tags } from './html-scan.ts';
import { group } from '../regex-group.ts';

export const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Site paths of the stylesheets and scripts a page loads (relative URLs resolved against its path). */
export function pageAssets(html: string, pagePath: string): { css: string[]; js: string[] } {
  const local = (href: string) => {
    const url = new URL(href, new URL(pagePath, 'http://site.invalid'));
    return url.origin === 'http://site.invalid' ? url.pathname : undefined;
  };
  const css = tags(html, 'link').flatMap((l) => (l.rel === 'stylesheet' && l.href ? [local(l.href)] : []));
  const js = [
    ...blocks(html, 'script').flatMap((b) => (b.attrs.src ? [local(b.attrs.src)] : [])),
    ...tags(html, 'link').flatMap((l) => (l.rel === 'modulepreload' && l.href ? [local(l.href)] : [])),
  ];
  return { css: css.filter((x): x is string => !!x), js: [...new Set(js.filter((x): x is string => !!x))] };
}

/** Static imports of a JS module (`import … from "./x.js"`, `import "./x.js"`), not dynamic `import()`. */
export function staticImports(code: string, modulePath: string): string[] {
  const found = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map(
    (m) => group(m, 1),
  );
  return found
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => new URL(s, new URL(modulePath, 'http://site.invalid')).pathname);
}

/** Inline code of a page: running scripts (not JSON-LD) and style blocks. */
export function inlineCode(html: string): { css: string; js: string } {
  const runs = (type = '') => type === '' || type === 'module' || /javascript/i.test(type);
  return {
    css: blocks(html, 'style')
      .map((b) => b.content)
      .join(''),
    js: blocks(html, 'script')
      .filter((b) => !b.attrs.src && runs(b.attrs.type))
      .map((b) => b.content)
      .join(''),
  };
}
