/** Page weight budgets (tests/budgets.json) per page type, and no JavaScript beyond the search loader. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../src/node/provinces.ts';
import { gzipBytes, inlineCode, pageAssets, staticImports } from '../../src/lib/site-files/page-weight.ts';
import { fileOfPath } from '../../src/node/site-walk.ts';
import { builtSite, siteIds, type BuiltPage, type BuiltSite } from './support/built-site.ts';

interface Budget {
  match: string;
  slugsFrom?: string;
  html: number;
  css: number;
  js: number;
}
const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as {
  pageTypes: Record<string, Budget>;
  fontCss: Record<string, number> & { default: number };
  javascript: { allowed: Record<string, string> };
};

/** Every JS file a page loads, following static imports. */
function scriptGraph(site: BuiltSite, page: BuiltPage): string[] {
  const seen = new Set<string>();
  const queue = pageAssets(page.html, page.path).js;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = fileOfPath(path);
    if (site.files.has(file)) queue.push(...staticImports(site.read(file), path));
  }
  return [...seen].sort();
}

function weigh(site: BuiltSite, page: BuiltPage) {
  const inline = inlineCode(page.html);
  const sum = (paths: string[]) =>
    paths.reduce((n, p) => n + (site.files.has(fileOfPath(p)) ? gzipBytes(site.read(fileOfPath(p))) : 0), 0);
  const css = pageAssets(page.html, page.path).css;
  return {
    html: gzipBytes(page.html),
    css: sum(css.filter((p) => !p.startsWith('/fonts/'))) + (inline.css ? gzipBytes(inline.css) : 0),
    fontCss: sum(css.filter((p) => p.startsWith('/fonts/'))),
    js: sum(scriptGraph(site, page)) + (inline.js ? gzipBytes(inline.js) : 0),
  };
}

const figures: string[] = [];

/** Slugs of a province's entries in a prose folder (the Vietnamese sources). */
const entrySlugs = (id: string, folder: string) => {
  const dir = join(contentRoot, id, folder, 'vi');
  return existsSync(dir) ? readdirSync(dir).map((f) => f.replace(/\.mdx?$/, '')) : [];
};

describe.each(siteIds)('%s', (id) => {
  for (const [type, budget] of Object.entries(budgets.pageTypes)) {
    it(`keeps a ${type} page within its budget in every locale`, () => {
      const site = builtSite(id);
      const re = new RegExp(budget.match);
      const slugs = budget.slugsFrom ? entrySlugs(id, budget.slugsFrom) : undefined;
      const fits = (path: string) => {
        const m = re.exec(path);
        return !!m && (!slugs || slugs.includes(m[1] ?? ''));
      };
      const found = site.province.locales.map((lang) => ({
        lang,
        page: site.pages.find((p) => p.path.startsWith(`/${lang}/`) && fits(p.path)),
      }));
      // A rule that weighs nothing proves nothing: a renamed section or a wrong pattern must fail here.
      expect(
        found.filter((f) => !f.page).map((f) => f.lang),
        `locales with no ${type} page matching ${budget.match}`,
      ).toEqual([]);
      const measured = found.map((f) => f.page).filter((p): p is BuiltPage => !!p);
      for (const page of measured) {
        const w = weigh(site, page);
        const lang = page.path.split('/')[1]!;
        figures.push(
          `${id} ${type.padEnd(8)} ${page.path.padEnd(48)} html ${w.html} B, css ${w.css} B, font css ${w.fontCss} B, js ${w.js} B (gzip)`,
        );
        expect
          .soft(w.fontCss, `${page.path} font CSS`)
          .toBeLessThanOrEqual(budgets.fontCss[lang] ?? budgets.fontCss.default);
        expect.soft(w.html, `${page.path} HTML`).toBeLessThanOrEqual(budget.html);
        expect.soft(w.css, `${page.path} CSS`).toBeLessThanOrEqual(budget.css);
        expect.soft(w.js, `${page.path} JS`).toBeLessThanOrEqual(budget.js);
      }
    });
  }

  it('loads no JavaScript on any page except the search loader', () => {
    const site = builtSite(id);
    const home = site.pages.find((p) => p.path === `/${site.province.locales[0]}/`)!;
    const loader = new Set(scriptGraph(site, home));
    const allowed = Object.keys(budgets.javascript.allowed).map((r) => new RegExp(r));
    const extra: string[] = [];
    for (const page of site.pages) {
      if (allowed.some((r) => r.test(page.path))) continue;
      const beyond = scriptGraph(site, page).filter((s) => !loader.has(s));
      if (beyond.length || inlineCode(page.html).js)
        extra.push(
          `${page.file}: ${[...beyond, inlineCode(page.html).js ? 'inline script' : ''].filter(Boolean).join(', ')}`,
        );
    }
    expect(extra).toEqual([]);
  });
});

afterAll(() => console.log(`Page weights (gzip -9):\n${figures.join('\n')}`));
