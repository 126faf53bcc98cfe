/** Each site ships a strict Content-Security-Policy in `_headers`, and no page needs more than it allows. */
import { describe, expect, it } from 'vitest';
import { blocks, tags } from '../../src/lib/site-files/html-scan.ts';
import { inlineHashes } from '../../src/lib/site-files/csp.ts';
import { builtSite, siteIds } from './support/built-site.ts';

function policyOf(headers: string): Map<string, string[]> {
  const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  expect(line, '_headers sets Content-Security-Policy').toBeDefined();
  const value = line!.slice(line!.indexOf(':') + 1).trim();
  return new Map(value.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...src]) => [name!, src]));
}

describe.each(siteIds)('%s', (id) => {
  it('sends a strict policy: own origin, no inline code except by hash, WebAssembly for search', () => {
    const policy = policyOf(builtSite(id).read('_headers'));
    for (const d of ['script-src', 'style-src']) {
      expect(policy.get(d)).not.toContain("'unsafe-inline'");
      expect(policy.get(d)).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of policy) for (const s of sources) expect(s, `${name} allows only the site itself`).not.toMatch(/^(https?:|\*|blob:)/);
  });

  it('has every inline block allowed by hash, and no inline handlers, style attributes or javascript: URLs', () => {
    const site = builtSite(id);
    const policy = policyOf(site.read('_headers'));
    const problems: string[] = [];
    for (const page of site.pages) {
      const { scripts, styles } = inlineHashes(page.html);
      for (const h of scripts) if (!policy.get('script-src')!.includes(h)) problems.push(`${page.file}: inline script ${h} not in the policy`);
      for (const h of styles) if (!policy.get('style-src')!.includes(h)) problems.push(`${page.file}: inline style ${h} not in the policy`);
      const markup = page.html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
      for (const m of markup.matchAll(/<([a-z][\w-]*)\s[^>]*?\s(on[a-z]+|style)=("[^"]*"|'[^']*'|[^\s>]+)/gi))
        problems.push(`${page.file}: <${m[1]} ${m[2]}=…> is blocked by the policy`);
      for (const a of tags(page.html, 'a')) if (/^javascript:/i.test(a.href ?? '')) problems.push(`${page.file}: javascript: link`);
      if (blocks(page.html, 'script').some((b) => b.attrs.src && /^(https?:)?\/\//.test(b.attrs.src))) problems.push(`${page.file}: script from another origin`);
    }
    expect(problems).toEqual([]);
  });
});
