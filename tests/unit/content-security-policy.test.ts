/** The policy is a constant of the portal's code: strict, the same in the header and the meta tag, and nothing a page carries changes it. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ADMIN_DIRECTIVES,
  headerPolicy,
  headersFile,
  metaPolicy,
  parsePolicy,
  SITE_DIRECTIVES,
} from '../../src/lib/site-files/csp.ts';
import { headerRules, headersFor } from '../../scripts/serve.ts';
import { writeSiteFiles } from '../../scripts/build/site-files.ts';

describe('the site policy', () => {
  it('allows the site itself and WebAssembly for search, and nothing inline', () => {
    expect(headerPolicy(SITE_DIRECTIVES)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(headerPolicy(SITE_DIRECTIVES)).not.toMatch(
      /'(sha\d+-|nonce-|unsafe-inline|unsafe-eval|unsafe-hashes)|data:|blob:|https?:|\*/,
    );
  });
  it("lets the CMS talk to one other origin, GitHub's API, and run no eval and no inline script", () => {
    const admin = parsePolicy(headerPolicy(ADMIN_DIRECTIVES));
    const origins = [...admin.values()].flat().filter((s) => /^https?:/.test(s));
    // data: and blob: are no origins: the CMS reads its default logo and the photo just uploaded.
    expect(admin.get('connect-src')).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
    // The one picture from elsewhere: the signed-in editor's GitHub avatar.
    expect(origins).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
    expect(admin.get('script-src')).toEqual(["'self'"]);
    expect(headerPolicy(ADMIN_DIRECTIVES)).not.toMatch(/unsafe-eval|netlify|unpkg|jsdelivr|\*/);
  });
  it('carries in a meta tag everything but what browsers ignore there', () => {
    const header = parsePolicy(headerPolicy(SITE_DIRECTIVES));
    header.delete('frame-ancestors');
    expect(parsePolicy(metaPolicy(SITE_DIRECTIVES))).toEqual(header);
    expect(metaPolicy(ADMIN_DIRECTIVES)).not.toContain('frame-ancestors');
    expect(metaPolicy(ADMIN_DIRECTIVES)).toContain('connect-src');
  });
  it('goes into _headers for every path, with the CMS policy on /admin/ only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-headers-'));
    writeFileSync(join(dir, '_headers'), headersFile());
    const rules = headerRules(dir);
    expect(headersFor(rules, '/vi/')['Content-Security-Policy']).toBe(headerPolicy(SITE_DIRECTIVES));
    expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe(headerPolicy(ADMIN_DIRECTIVES));
    expect(headersFor(rules, '/admin/')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('a script injected into a built page', () => {
  it('leaves the policy in _headers exactly as it was: no hash is taken from pages', () => {
    const site = mkdtempSync(join(tmpdir(), 'csp-site-'));
    mkdirSync(join(site, 'vi'));
    writeFileSync(
      join(site, 'vi', 'index.html'),
      `<!DOCTYPE html><html lang="vi"><head><title>x</title><style>body{}</style></head><body><script>alert(1)</script><p title="<script>X</script>">x</p><script type="module">fetch('//evil.example')</script></body></html>`,
    );
    writeSiteFiles(site, 'https://x.example');
    const written = readFileSync(join(site, '_headers'), 'utf8');
    expect(written).toBe(headersFile());
    expect(written).not.toContain('sha256-');
  });
});
