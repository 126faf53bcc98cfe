/**
 * Links of every built page resolve inside the site: hrefs, sources and fragments; hreflang
 * alternates are reciprocal and exist; the sitemap lists exactly the indexable pages; robots.txt
 * points at it.
 */
import { describe, expect, it } from 'vitest';
import { alternates, fragmentTargets, isNoindex, tags } from '../../src/lib/site-files/html-scan.ts';
import { fileOfPath } from '../../src/node/site-walk.ts';
import { builtSite, siteIds, type BuiltSite } from './support/built-site.ts';

/** Every URL a page refers to, with where it came from. */
function references(html: string): { url: string; from: string }[] {
  const out: { url: string; from: string }[] = [];
  const add = (name: string, attr: string) => {
    for (const t of tags(html, name)) if (t[attr]) out.push({ url: t[attr]!, from: `<${name} ${attr}>` });
  };
  add('a', 'href'); add('link', 'href'); add('img', 'src'); add('script', 'src'); add('source', 'src'); add('form', 'action');
  add('meta', 'content');
  for (const name of ['img', 'source']) for (const t of tags(html, name)) for (const part of (t.srcset ?? '').split(',')) {
    const url = part.trim().split(/\s+/)[0];
    if (url) out.push({ url, from: `<${name} srcset>` });
  }
  return out.filter((r) => r.from !== '<meta content>' || /^(https?:)?\//.test(r.url));
}

function resolves(site: BuiltSite, url: URL): string | undefined {
  const file = fileOfPath(url.pathname);
  if (site.files.has(file)) return file;
  return undefined;
}

describe.each(siteIds)('%s', (id) => {
  it('has no internal link, source or fragment that leads nowhere', () => {
    const site = builtSite(id);
    const origin = new URL(site.province.site).origin;
    const targets = new Map(site.pages.map((p) => [p.file, fragmentTargets(p.html)]));
    const broken: string[] = [];
    for (const page of site.pages) {
      for (const ref of references(page.html)) {
        if (/^(mailto|tel|data|javascript):/i.test(ref.url)) continue;
        const url = new URL(ref.url, new URL(page.path, origin));
        if (url.origin !== origin) continue;
        const file = resolves(site, url);
        if (!file) broken.push(`${page.file}: ${ref.from} ${ref.url} — no such file in the built site`);
        else if (url.hash && file.endsWith('.html') && !targets.get(file)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page.file}: ${ref.from} ${ref.url} — no element with id "${url.hash.slice(1)}" on ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has reciprocal hreflang alternates that point at existing pages', () => {
    const site = builtSite(id);
    const byUrl = new Map(site.pages.map((p) => [new URL(p.path, site.province.site).href, p]));
    const problems: string[] = [];
    for (const page of site.pages) {
      const self = new URL(page.path, site.province.site).href;
      const alts = alternates(page.html);
      if (alts.length && !alts.some((a) => a.href === self)) problems.push(`${page.file}: lists alternates but not itself`);
      for (const alt of alts) {
        const other = byUrl.get(alt.href);
        if (!other) problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${alt.href} does not exist`);
        else if (isNoindex(other.html)) problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${alt.href} is noindex`);
        else if (!alternates(other.html).some((b) => b.href === self)) problems.push(`${page.file}: ${alt.href} does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists exactly the indexable pages in the sitemap, and robots.txt points at it', () => {
    const site = builtSite(id);
    const index = site.read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((u) => [...site.read(fileOfPath(u.pathname)).matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
    const indexable = site.pages
      .filter((p) => !isNoindex(p.html) && !p.file.endsWith('404.html'))
      .map((p) => new URL(p.path, site.province.site).href);
    expect([...listed].sort()).toEqual([...indexable].sort());
    expect(listed.some((u) => new URL(u).pathname === '/')).toBe(false);
    expect(site.read('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site.province.site).href}`);
  });
});
