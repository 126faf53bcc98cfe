/**
 * Links of every built page resolve inside the site: hrefs, sources and fragments; hreflang
 * alternates are reciprocal and exist; the sitemap lists exactly the indexable pages; robots.txt
 * points at it. Each site as served at the root, and one province built to be served under a
 * sub-path: there every reference must stay under the base path, as nothing outside it exists.
 */
import { describe, expect, it } from 'vitest';
import { alternates, fragmentTargets, isNoindex, tags } from '../../src/lib/site-files/html-scan.ts';
import { fileOfPath } from '../../src/node/site-walk.ts';
import { builtSite, siteIds, subPathSite, type BuiltSite } from './support/built-site.ts';

/** Every URL a page refers to, with where it came from. */
function references(html: string): { url: string; from: string }[] {
  const out: { url: string; from: string }[] = [];
  const add = (name: string, attr: string) => {
    for (const t of tags(html, name)) if (t[attr]) out.push({ url: t[attr], from: `<${name} ${attr}>` });
  };
  add('a', 'href');
  add('link', 'href');
  add('img', 'src');
  add('script', 'src');
  add('source', 'src');
  add('form', 'action');
  add('meta', 'content');
  for (const name of ['img', 'source'])
    for (const t of tags(html, name))
      for (const part of (t.srcset ?? '').split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) out.push({ url, from: `<${name} srcset>` });
      }
  return out.filter((r) => r.from !== '<meta content>' || /^(https?:)?\//.test(r.url));
}

/** The file a served URL path leads to, if it lies under the site's base and exists. */
function resolves(site: BuiltSite, url: URL): string | undefined {
  const path = site.sitePath(url.pathname);
  if (path === undefined) return undefined;
  const file = fileOfPath(path);
  if (site.files.has(file)) return file;
  return undefined;
}

const sites: { label: string; site: () => BuiltSite }[] = [
  ...siteIds.map((id) => ({ label: id, site: () => builtSite(id) })),
  { label: 'under a sub-path', site: subPathSite },
];

describe.each(sites)('$label', ({ site: open }) => {
  it('has no internal link, source or fragment that leads nowhere', () => {
    const site = open();
    const origin = new URL(site.province.site).origin;
    const targets = new Map(site.pages.map((p) => [p.file, fragmentTargets(p.html)]));
    const broken: string[] = [];
    for (const page of site.pages) {
      for (const ref of references(page.html)) {
        if (/^(mailto|tel|data|javascript):/i.test(ref.url)) continue;
        const url = new URL(ref.url, new URL(site.served(page.path), origin));
        if (url.origin !== origin) continue;
        const file = resolves(site, url);
        if (!file)
          broken.push(
            `${page.file}: ${ref.from} ${ref.url} — no such file in the built site${site.sitePath(url.pathname) === undefined ? ` (outside ${site.base})` : ''}`,
          );
        else if (url.hash && file.endsWith('.html') && !targets.get(file)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${page.file}: ${ref.from} ${ref.url} — no element with id "${url.hash.slice(1)}" on ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has reciprocal hreflang alternates that point at existing pages', () => {
    const site = open();
    const byUrl = new Map(site.pages.map((p) => [site.absolute(p.path), p]));
    const problems: string[] = [];
    for (const page of site.pages) {
      const self = site.absolute(page.path);
      const alts = alternates(page.html);
      if (alts.length && !alts.some((a) => a.href === self))
        problems.push(`${page.file}: lists alternates but not itself`);
      for (const alt of alts) {
        const other = byUrl.get(alt.href);
        if (!other) problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${alt.href} does not exist`);
        else if (isNoindex(other.html))
          problems.push(`${page.file}: hreflang="${alt.hreflang}" → ${alt.href} is noindex`);
        else if (!alternates(other.html).some((b) => b.href === self))
          problems.push(`${page.file}: ${alt.href} does not link back`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names in its feeds and downloads (RSS, iCalendar, vCard, CSV, JSON) only addresses of its own pages that exist', () => {
    const site = open();
    const { host } = new URL(site.province.site);
    const files = [...site.files].filter(
      (f) => /\.(xml|ics|vcf|csv|json)$/.test(f) && !/^(pagefind|admin)\/|^sitemap/.test(f),
    );
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      // iCalendar folds long lines (RFC 5545 §3.1): unfold before reading addresses.
      const text = site.read(file).replace(/\r?\n[ \t]/g, '');
      for (const [found] of text.matchAll(/https?:\/\/[^\s"'<>,;\\]+/g)) {
        const url = new URL(found.replace(/&amp;/g, '&'));
        if (url.host !== host) continue;
        checked++;
        if (!resolves(site, url))
          broken.push(
            `${file}: ${found} — no such file in the built site${site.sitePath(url.pathname) === undefined ? ` (outside ${site.base})` : ''}`,
          );
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('lists exactly the indexable pages in the sitemap, and robots.txt points at it', () => {
    const site = open();
    const index = site.read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.map((u) => u.href)).toEqual(maps.map((u) => site.absolute(site.sitePath(u.pathname) ?? u.pathname)));
    const listed = maps.flatMap((u) =>
      [...site.read(fileOfPath(site.sitePath(u.pathname)!)).matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) =>
        m[1]!.replace(/&amp;/g, '&'),
      ),
    );
    const indexable = site.pages
      .filter((p) => !isNoindex(p.html) && !p.file.endsWith('404.html'))
      .map((p) => site.absolute(p.path));
    expect([...listed].sort()).toEqual([...indexable].sort());
    expect(listed.some((u) => new URL(u).pathname === site.base)).toBe(false);
    expect(site.read('robots.txt')).toContain(`Sitemap: ${site.absolute('/sitemap-index.xml')}`);
  });
});
