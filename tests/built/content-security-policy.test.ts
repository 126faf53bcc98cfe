/**
 * Each site sends one constant Content-Security-Policy, in `_headers` and in a meta tag first in
 * every page's head, and no page carries inline code the policy would have to allow.
 */
import { describe, expect, it } from 'vitest';
import {
  ADMIN_DIRECTIVES,
  headerPolicy,
  metaPolicy,
  parsePolicy,
  SITE_DIRECTIVES,
} from '../../src/lib/site-files/csp.ts';
import { pageCode } from '../../src/lib/site-files/inline-code.ts';
import { adminTitle } from '../../src/lib/admin-page.ts';
import { headerRules, headersFor } from '../../scripts/serve.ts';
import { builtSite, siteIds } from './support/built-site.ts';

/** Directives a meta policy cannot carry, dropped from the header's for comparison. */
const withoutHeaderOnly = (policy: string) => {
  const directives = parsePolicy(policy);
  for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) directives.delete(name);
  return directives;
};

describe.each(siteIds)('%s', (id) => {
  it('sends the portal’s constant policy in _headers: no hashes, nothing inline, WebAssembly for search', () => {
    const site = builtSite(id);
    const rules = headerRules(site.dir);
    const policy = headersFor(rules, '/vi/')['Content-Security-Policy'];
    expect(policy).toBe(headerPolicy(SITE_DIRECTIVES));
    expect(policy).not.toMatch(/'(sha\d+-|nonce-|unsafe-inline|unsafe-eval|unsafe-hashes)/);
    expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe(headerPolicy(ADMIN_DIRECTIVES));
  });

  it('puts the same policy first in every page’s head, and no page carries inline code', () => {
    const site = builtSite(id);
    const rules = headerRules(site.dir);
    const problems: string[] = [];
    for (const page of site.pages) {
      const code = pageCode(page.html);
      const header = headersFor(rules, page.path)['Content-Security-Policy'] ?? '';
      if (code.metaPolicies.length !== 1) problems.push(`${page.file}: ${code.metaPolicies.length} meta policies`);
      else if (
        JSON.stringify([...parsePolicy(code.metaPolicies[0]!)]) !== JSON.stringify([...withoutHeaderOnly(header)])
      )
        problems.push(`${page.file}: meta policy differs from _headers`);
      if (!code.policyFirstInHead) problems.push(`${page.file}: the meta policy is not first in <head>`);
      for (const found of code.inline) problems.push(`${page.file}: ${found}`);
    }
    expect(site.pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('names the province in /admin/ as text, under the CMS policy', () => {
    const site = builtSite(id);
    const html = site.read('admin/index.html');
    expect(pageCode(html).metaPolicies).toEqual([metaPolicy(ADMIN_DIRECTIVES)]);
    expect(html).toContain(`<title>${adminTitle(site.province.name.vi)}</title>`);
  });
});
