import { describe, expect, it } from 'vitest';
import {
  alternates,
  blocks,
  fragmentTargets,
  isNoindex,
  sitemapHead,
  tags,
} from '../../src/lib/site-files/html-scan.ts';
import { chunk, robotsTxt, sitemapIndexXml, sitemapXml } from '../../src/lib/site-files/sitemap.ts';
import { fileOfPath, urlPathOf } from '../../src/node/site-walk.ts';

const page = `<!DOCTYPE html><html lang="vi"><head><meta name="robots" content="noindex">
<link rel="alternate" hreflang="en" href="https://x.example/en/a/"><style>p{}</style>
<script type="application/ld+json">{"a":"<b>"}</script><script type="module">go()</script></head>
<body><!-- <a href="/hidden/"> --><a href="/vi/b/?q=1&amp;r=2" id="top">x</a><h2 id='s-1'>y</h2>
<script>const s = '<a href="/in-script/">';</script></body></html>`;

describe('html scanning', () => {
  it('reads attributes, decoding entities, and skips comments and script text', () => {
    expect(tags(page, 'a').map((a) => a.href)).toEqual(['/vi/b/?q=1&r=2']);
    expect([...fragmentTargets(page)]).toEqual(['top', 's-1']);
  });
  it('finds noindex and alternates', () => {
    expect(isNoindex(page)).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
    expect(alternates(page)).toEqual([{ hreflang: 'en', href: 'https://x.example/en/a/' }]);
  });
  it('reads noindex and alternates from the head only, as the parser places them, without reading the body', () => {
    // A meta after </head> is still the head's; a link in the body is not an alternate of the page.
    const late = `<!DOCTYPE html><html><head><title>t</title></head><meta name="robots" content="noindex"><body><link rel="alternate" hreflang="km" href="https://x.example/km/a/"><p>x</p></body></html>`;
    expect(isNoindex(late)).toBe(true);
    expect(alternates(late)).toEqual([]);
    expect(alternates(`<link rel="alternate" hreflang="en" href="https://x.example/en/a/"><p>body`)).toEqual([
      { hreflang: 'en', href: 'https://x.example/en/a/' },
    ]);
    // The body is not parsed: reading the head of a page with a large drawing costs a small part of reading it all.
    const big = `<!DOCTYPE html><html><head><link rel="alternate" hreflang="en" href="https://x.example/en/b/"></head><body><svg>${'<circle r="1"/>'.repeat(20_000)}`;
    const time = (read: () => unknown) => {
      const started = performance.now();
      read();
      return performance.now() - started;
    };
    const head = time(() => expect(alternates(big)).toEqual([{ hreflang: 'en', href: 'https://x.example/en/b/' }]));
    const whole = time(() => expect(tags(big, 'link')).toHaveLength(1));
    expect(head).toBeLessThan(whole / 10);
  });
  it('gives the sitemap both from one reading of the head, as each reads it alone', () => {
    const late = `<!DOCTYPE html><html><head><title>t</title></head><meta name="robots" content="noindex"><body><link rel="alternate" hreflang="km" href="https://x.example/km/a/"></body></html>`;
    for (const html of [page, late, '<p>no head', '<link rel="alternate" hreflang="en" href="https://x.example/en/">'])
      expect(sitemapHead(html)).toEqual({ noindex: isNoindex(html), alternates: alternates(html) });
    expect(sitemapHead(page)).toEqual({
      noindex: true,
      alternates: [{ hreflang: 'en', href: 'https://x.example/en/a/' }],
    });
  });
  it('returns script blocks with their type', () => {
    expect(blocks(page, 'script').map((b) => b.attrs.type ?? '')).toEqual(['application/ld+json', 'module', '']);
  });
  it('reads markup the way a browser does: ">" in a quoted value, every named entity, raw text, <a name>', () => {
    const tricky = `<a title="a > b" href="/vi/c/">c</a><h2 id="caf&eacute;&nbsp;1">d</h2><a name="cu&#x1ED1;i"></a>
<title>Xem <a href="/in-title/"></title><textarea><a href="/in-textarea/"></textarea>`;
    expect(tags(tricky, 'a').map((a) => a.href)).toEqual(['/vi/c/', undefined]);
    expect(tags(tricky, 'a')[0]!.title).toBe('a > b');
    expect([...fragmentTargets(tricky)]).toEqual(['café\u00a01', 'cuối']);
  });
});

describe('sitemap and robots', () => {
  it('sorts URLs, escapes them and lists alternates', () => {
    const xml = sitemapXml([
      { loc: 'https://x.example/vi/', alternates: [{ hreflang: 'en', href: 'https://x.example/en/' }] },
      { loc: 'https://x.example/en/?a=1&b=2', alternates: [] },
    ]);
    expect(xml.indexOf('/en/?a=1&amp;b=2')).toBeLessThan(xml.indexOf('<loc>https://x.example/vi/'));
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/"/>');
  });
  it('chunks and indexes', () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(chunk([], 2)).toEqual([[]]);
    expect(sitemapIndexXml(['https://x.example/sitemap-0.xml'])).toContain(
      '<sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap>',
    );
  });
  it('points robots.txt at the sitemap index on the site', () => {
    expect(robotsTxt('https://x.example')).toContain('Sitemap: https://x.example/sitemap-index.xml');
  });
});

describe('paths of built files', () => {
  it('maps files to URL paths and back', () => {
    expect(urlPathOf('en/plans/x/index.html')).toBe('/en/plans/x/');
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('en/404.html')).toBe('/en/404.html');
    expect(fileOfPath('/en/plans/x/')).toBe('en/plans/x/index.html');
    expect(fileOfPath('/fonts/vi.css')).toBe('fonts/vi.css');
  });
});
