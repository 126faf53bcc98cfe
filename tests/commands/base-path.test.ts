/**
 * A portal served under a path (a GitHub Pages project site, a preview): the base path is checked,
 * every site path goes under it, absolute URLs combine the site's origin with it, and the files a
 * host reads (_headers, robots.txt) name paths under it. The root ("/") changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type Server } from 'node:http';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { BASE_PATH, basePathOrThrow } from '../../src/lib/safety/names.ts';
import { absoluteUrl, basePathOfSite, contentUrlUnderBase, withBase, withoutBase } from '../../src/lib/paths.ts';
import { portalBase } from '../../src/node/base-path.ts';
import { headersFile } from '../../src/lib/site-files/csp.ts';
import { robotsTxt } from '../../src/lib/site-files/sitemap.ts';
import { headerRules, headersFor, serve } from '../../scripts/serve.ts';
import { pruneFonts } from '../../scripts/build/prune-fonts.ts';
import { cmsConfig, type CmsOptions } from '../../src/editor/cms-config.ts';
import { markdownToHtml, type HastPluginList } from 'satteri';
import {
  CONTENT_FEATURES,
  CONTENT_HAST_PLUGINS,
  CONTENT_MDAST_PLUGINS,
  linksUnderBase,
} from '../../src/node/content-pipeline.ts';

const repo = join(import.meta.dirname, '../..');

describe('the base path', () => {
  it('is "/" or slug segments between slashes', () => {
    for (const ok of ['/', '/my-repo/', '/my-repo/gia-lai/', '/pr-123/gia-lai/'])
      expect(BASE_PATH.test(ok), ok).toBe(true);
    for (const bad of [
      '',
      'my-repo/',
      '/my-repo',
      '//',
      '/My-Repo/',
      '/a b/',
      '/../',
      '/a/../b/',
      '/a.b/',
      '/a_b/',
      '/-a/',
      '/a//b/',
      '/%2e%2e/',
      'https://x.vn/a/',
      '/a/?x=1',
    ])
      expect(BASE_PATH.test(bad), bad).toBe(false);
  });

  it('is refused in Vietnamese, naming what was given and an example', () => {
    expect(() => basePathOrThrow('/my-repo')).toThrow(
      /"\/my-repo" không phải đường dẫn gốc hợp lệ .*"\/my-repo\/gia-lai\/"/,
    );
    expect(basePathOrThrow('/pr-12/phu-tho/')).toBe('/pr-12/phu-tho/');
  });

  it('given to a script that is not one, stops it before anything is built or served', () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
    const flag = run([
      'scripts/build.ts',
      '--province',
      'gia-lai',
      '--base',
      '/x/../',
      '--out',
      join(tmpdir(), 'never-built'),
    ]);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain('✗ --base: "/x/../" không phải đường dẫn gốc hợp lệ');
    const env = run(['scripts/build.ts', '--province', 'gia-lai', '--out', join(tmpdir(), 'never-built')], {
      PORTAL_BASE: 'gia-lai',
    });
    expect(env.stderr).toContain('✗ PORTAL_BASE: "gia-lai" không phải đường dẫn gốc hợp lệ');
    expect(existsSync(join(tmpdir(), 'never-built'))).toBe(false);
    expect(run(['scripts/preview.ts', '--base', '/Gia-Lai/']).stderr).toContain('✗ --base: "/Gia-Lai/"');
  });

  it('comes from PORTAL_BASE, else from the path of the site address', () => {
    expect(portalBase({ id: 'x', site: 'https://x.example' }, undefined)).toBe('/');
    expect(portalBase({ id: 'x', site: 'https://x.example/ttdn' }, undefined)).toBe('/ttdn/');
    expect(portalBase({ id: 'x', site: 'https://x.example/ttdn/' }, '/pr-4/x/')).toBe('/pr-4/x/');
    expect(() => portalBase({ id: 'x', site: 'https://x.example' }, '/pr 4/')).toThrow(
      /^PORTAL_BASE: "\/pr 4\/" không phải đường dẫn gốc hợp lệ/,
    );
    expect(() => portalBase({ id: 'x', site: 'https://x.example/TTDN/' }, undefined)).toThrow(
      /content\/x\/province\.yaml: site \(Địa chỉ cổng thông tin\)/,
    );
  });
});

describe('paths under the base', () => {
  it('puts site paths under the base and takes them back out', () => {
    expect(withBase('/', '/vi/plans/x/')).toBe('/vi/plans/x/');
    expect(withBase('/my-repo/gia-lai/', '/vi/plans/x/')).toBe('/my-repo/gia-lai/vi/plans/x/');
    expect(withBase('/my-repo/gia-lai/', '/')).toBe('/my-repo/gia-lai/');
    expect(() => withBase('/a/', 'vi/')).toThrow(/not a site path/);
    expect(withoutBase('/my-repo/gia-lai/', '/my-repo/gia-lai/km/press/')).toBe('/km/press/');
    expect(withoutBase('/my-repo/gia-lai/', '/my-repo/gia-lai')).toBe('/');
    expect(withoutBase('/', '/km/press/')).toBe('/km/press/');
    expect(() => withoutBase('/a/', '/b/vi/')).toThrow(/not under the base path/);
  });

  it('makes absolute URLs from the site origin and the base, never repeating the site path', () => {
    expect(absoluteUrl('https://x.example', '/', '/vi/')).toBe('https://x.example/vi/');
    expect(absoluteUrl('https://owner.github.io', '/repo/gia-lai/', '/vi/rss.xml')).toBe(
      'https://owner.github.io/repo/gia-lai/vi/rss.xml',
    );
    // A site with a path: by default that path is the base; a base given for it is the whole path.
    expect(absoluteUrl('https://x.example/ttdn', basePathOfSite('https://x.example/ttdn'), '/en/')).toBe(
      'https://x.example/ttdn/en/',
    );
    expect(absoluteUrl('https://owner.github.io/repo/', '/repo/gia-lai/', '/en/')).toBe(
      'https://owner.github.io/repo/gia-lai/en/',
    );
  });

  it('puts the links content writes as site paths under the base, and nothing else', () => {
    const base = '/pr-7/gia-lai/';
    expect(contentUrlUnderBase('/vi/plans/ke-hoach/', base)).toBe('/pr-7/gia-lai/vi/plans/ke-hoach/');
    expect(contentUrlUnderBase('/files/kit.pdf', base)).toBe('/pr-7/gia-lai/files/kit.pdf');
    for (const kept of ['../ke-hoach/', '#muc-1', '//cdn.example/x', 'https://x.example/vi/', 'mailto:a@b.vn'])
      expect(contentUrlUnderBase(kept, base)).toBe(kept);
    expect(contentUrlUnderBase('/vi/', '/')).toBe('/vi/');
  });
});

describe('content bodies under the base', () => {
  const body =
    'Xem [kế hoạch](/vi/plans/ke-hoach/), [bên cạnh](../khac/), [mục](#muc) và <a href="/files/kit.pdf">tệp</a>.\n\n![Ảnh](/files/anh.png)\n';
  const render = async (hastPlugins: HastPluginList) =>
    (
      await markdownToHtml(body, {
        mdastPlugins: CONTENT_MDAST_PLUGINS,
        hastPlugins,
        features: { gfm: true, smartPunctuation: true, ...CONTENT_FEATURES },
      })
    ).html;

  it('serve the links written as site paths under the base, after the sanitizer, and leave the others', async () => {
    const html = await render([...CONTENT_HAST_PLUGINS, linksUnderBase('/pr-7/gia-lai/')]);
    expect(html).toContain('href="/pr-7/gia-lai/vi/plans/ke-hoach/"');
    expect(html).toContain('href="/pr-7/gia-lai/files/kit.pdf"');
    expect(html).toContain('src="/pr-7/gia-lai/files/anh.png"');
    expect(html).toContain('href="../khac/"');
    expect(html).toContain('href="#muc"');
    expect(await render(CONTENT_HAST_PLUGINS)).toContain('href="/vi/plans/ke-hoach/"');
  });
});

describe('files a host reads, under the base', () => {
  it('_headers names the site and /admin/ under the base; the policies are the same', () => {
    const root = headersFile();
    const under = headersFile('/repo/gia-lai/');
    expect(root.split('\n')[0]).toBe('/*');
    expect(under.split('\n')[0]).toBe('/repo/gia-lai/*');
    expect(under).toContain('\n/repo/gia-lai/admin/*\n');
    expect(under.replaceAll('/repo/gia-lai/', '/')).toBe(root);
  });

  it('robots.txt names the sitemap under the base', () => {
    expect(robotsTxt('https://x.example')).toBe(robotsTxt('https://x.example', '/'));
    expect(robotsTxt('https://owner.github.io', '/repo/gia-lai/')).toContain(
      'Sitemap: https://owner.github.io/repo/gia-lai/sitemap-index.xml\n',
    );
  });

  it('the CMS names the portal address under a path, and leaves its own default at the root', () => {
    const options: CmsOptions = {
      province: 'gia-lai',
      locales: ['vi', 'en'],
      repo: 'o/r',
      branch: 'main',
      authUrl: 'https://auth.example',
      title: 'CMS',
      logo: '../brand/logo.svg',
      fields: () => [],
    };
    expect(cmsConfig(options)).not.toHaveProperty('site_url');
    expect(
      cmsConfig({ ...options, siteUrl: absoluteUrl('https://gia-lai.ttdn.example', '/repo/gia-lai/', '/') }),
    ).toMatchObject({ site_url: 'https://gia-lai.ttdn.example/repo/gia-lai/' });
  });

  it('keeps the font files its stylesheets link under the base', () => {
    const site = mkdtempSync(join(tmpdir(), 'fonts-base-'));
    mkdirSync(join(site, 'fonts', 'noto-sans'), { recursive: true });
    writeFileSync(join(site, 'fonts', 'noto-sans', 'used.woff2'), '');
    writeFileSync(join(site, 'fonts', 'noto-sans', 'unused.woff2'), '');
    writeFileSync(
      join(site, 'fonts', 'vi.css'),
      "@font-face{src: url(/repo/gia-lai/fonts/noto-sans/used.woff2) format('woff2');}\n",
    );
    pruneFonts(site, ['vi'], '/repo/gia-lai/');
    expect(existsSync(join(site, 'fonts', 'noto-sans', 'used.woff2'))).toBe(true);
    expect(existsSync(join(site, 'fonts', 'noto-sans', 'unused.woff2'))).toBe(false);
  });
});

describe('the test server under a base', () => {
  const get = (server: Server, path: string) =>
    new Promise<{ status: number; location?: string; csp?: string; body: string }>((done, fail) => {
      const req = request({ port: (server.address() as AddressInfo).port, path }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          done({
            status: res.statusCode!,
            location: res.headers.location,
            csp: res.headers['content-security-policy'] as string | undefined,
            body,
          }),
        );
      });
      req.on('error', fail);
      req.end();
    });

  it('serves the folder at the base, its 404 pages under it, and nothing outside it', async () => {
    const site = mkdtempSync(join(tmpdir(), 'serve-base-'));
    mkdirSync(join(site, 'vi', 'press'), { recursive: true });
    writeFileSync(join(site, 'index.html'), 'root');
    writeFileSync(join(site, 'vi', 'press', 'index.html'), 'press');
    writeFileSync(join(site, 'vi', '404.html'), 'not found (vi)');
    writeFileSync(join(site, '_headers'), headersFile('/repo/gia-lai/'));
    const server = serve(site, 0, '/repo/gia-lai/');
    await new Promise<void>((done) => (server.listening ? done() : server.once('listening', () => done())));
    try {
      expect(await get(server, '/repo/gia-lai/')).toMatchObject({ status: 200, body: 'root' });
      expect((await get(server, '/repo/gia-lai/')).csp).toContain("default-src 'self'");
      expect(await get(server, '/repo/gia-lai/vi/press/')).toMatchObject({ status: 200, body: 'press' });
      expect(await get(server, '/repo/gia-lai/vi/press')).toMatchObject({
        status: 301,
        location: '/repo/gia-lai/vi/press/',
      });
      expect(await get(server, '/repo/gia-lai')).toMatchObject({ status: 301, location: '/repo/gia-lai/' });
      expect(await get(server, '/repo/gia-lai/vi/missing/')).toMatchObject({ status: 404, body: 'not found (vi)' });
      for (const outside of ['/', '/vi/press/', '/repo/', '/repo/gia-lai-2/vi/press/', '/repo/gia-lai/../../vi/press/'])
        expect((await get(server, outside)).body, outside).not.toMatch(/^(root|press)$/);
    } finally {
      server.close();
    }
    expect(headersFor(headerRules(site), '/repo/gia-lai/admin/')['X-Robots-Tag']).toBe('noindex');
  });
});
