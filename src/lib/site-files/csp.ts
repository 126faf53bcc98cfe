/**
 * The Content-Security-Policy of a built site: own origin only, no inline script or style
 * except the exact blocks the build emitted (by hash), and WebAssembly for Pagefind.
 */
import { createHash } from 'node:crypto';
import { blocks } from './html-scan.ts';

/** `'sha256-…'` source of an inline block's exact text. */
export const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hash sources of a page's inline scripts (data blocks such as JSON-LD never run, so need none) and styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const runs = (type = '') => type === '' || type === 'module' || /javascript/i.test(type);
  const scripts = blocks(html, 'script').filter((b) => !b.attrs.src && runs(b.attrs.type?.toLowerCase()) && b.content.trim());
  const styles = blocks(html, 'style').filter((b) => b.content.trim());
  return { scripts: scripts.map((b) => hashSource(b.content)), styles: styles.map((b) => hashSource(b.content)) };
}

export interface PolicyInput {
  scriptHashes: Iterable<string>;
  styleHashes: Iterable<string>;
}

/** The policy, with hashes sorted and de-duplicated so the same site gives the same header. */
export function contentSecurityPolicy({ scriptHashes, styleHashes }: PolicyInput): string {
  const sorted = (it: Iterable<string>) => [...new Set(it)].sort();
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows that, not eval().
    ["script-src 'self' 'wasm-unsafe-eval'", ...sorted(scriptHashes)].join(' '),
    ["style-src 'self'", ...sorted(styleHashes)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A Netlify/Cloudflare-style `_headers` file applying the policy and hardening headers to every path. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
