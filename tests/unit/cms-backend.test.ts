/** Where the CMS signs in (province.yaml `cms:`, CI overrides, the deploy's refusal) and the rewrite of its CDN addresses. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { resolveCmsBackend, type ProvinceCms } from '../../src/lib/cms-backend.ts';
import { CMS_LOCALES, ownOriginBundle } from '../../src/editor/cms-bundle.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { readYaml } from '../../src/node/read-yaml.ts';

const sample: ProvinceCms = {
  repo: 'so-vhttdl-gia-lai/cong-thong-tin-doi-ngoai',
  branch: 'main',
  authUrl: 'https://sveltia-cms-auth.so-vhttdl-gia-lai.workers.dev',
  sample: true,
};
const real: ProvinceCms = {
  ...sample,
  repo: 'sovhttdl-gialai/ttdn',
  authUrl: 'https://cms-auth.gialai.gov.vn',
  sample: false,
};

describe('the CMS backend', () => {
  it("comes from province.yaml, the helper as Sveltia's base_url origin", () => {
    expect(resolveCmsBackend('gia-lai', real, {})).toEqual({
      backend: { repo: real.repo, branch: 'main', authUrl: real.authUrl },
    });
  });

  it('keeps sample values for local builds, tests and previews', () => {
    expect(resolveCmsBackend('gia-lai', sample, {})).toEqual({
      backend: { repo: sample.repo, branch: 'main', authUrl: sample.authUrl },
    });
  });

  it("takes CI's overrides (CMS_REPO, CMS_BRANCH, CMS_AUTH_URL) over the file", () => {
    const env = { CMS_REPO: 'org/fork', CMS_BRANCH: 'preview', CMS_AUTH_URL: 'https://auth.example.org' };
    expect(resolveCmsBackend('gia-lai', sample, env)).toEqual({
      backend: { repo: 'org/fork', branch: 'preview', authUrl: 'https://auth.example.org' },
    });
  });

  it('refuses a deploy whose CMS still points at sample values, in plain Vietnamese naming the file and what to do', () => {
    const result = resolveCmsBackend('gia-lai', sample, { PORTAL_DEPLOY: '1' });
    expect(result).toMatchObject({ fatal: true });
    const problem = 'problem' in result ? result.problem : '';
    expect(problem).toContain('content/gia-lai/province.yaml: cms:');
    expect(problem).toContain(`kho "${sample.repo}" (repo)`);
    expect(problem).toContain('xoá dòng "sample: true"');
    expect(problem).toContain('docs/cms-setup.md');
  });

  it('names only what is still a sample when CI overrides the rest', () => {
    const result = resolveCmsBackend('gia-lai', sample, { PORTAL_DEPLOY: '1', CMS_REPO: 'org/real' });
    const problem = 'problem' in result ? result.problem : '';
    expect(problem).toContain('dịch vụ đăng nhập');
    expect(problem).not.toContain('org/real');
    expect(
      resolveCmsBackend('gia-lai', sample, {
        PORTAL_DEPLOY: '1',
        CMS_REPO: 'org/real',
        CMS_AUTH_URL: 'https://auth.example.org',
      }),
    ).toHaveProperty('backend');
  });

  it('deploys real values', () => {
    expect(resolveCmsBackend('gia-lai', real, { PORTAL_DEPLOY: '1' })).toHaveProperty('backend');
  });

  it('without a cms block: no CMS outside a deploy, a stop in a deploy', () => {
    expect(resolveCmsBackend('fixture', undefined, {})).toMatchObject({
      fatal: false,
      problem: expect.stringContaining('content/fixture/province.yaml: cms: chưa khai báo'),
    });
    expect(resolveCmsBackend('fixture', undefined, { PORTAL_DEPLOY: '1' })).toMatchObject({ fatal: true });
  });

  it('refuses a malformed override, whatever the build', () => {
    for (const env of [
      { CMS_REPO: 'not a repo' },
      { CMS_AUTH_URL: 'http://auth.example.org' },
      { CMS_AUTH_URL: 'https://auth.example.org/path' },
      { CMS_BRANCH: 'a..b' },
    ])
      expect(resolveCmsBackend('gia-lai', real, env), JSON.stringify(env)).toMatchObject({
        fatal: true,
        problem: expect.stringMatching(/^Biến môi trường/),
      });
  });
});

describe('the cms block of province.yaml', () => {
  // The fixture province's, a province.yaml as editors keep it, with its cms block marked sample.
  const province = readYaml(join(import.meta.dirname, '../fixtures/content/fixture/province.yaml')) as Record<
    string,
    unknown
  >;
  const cmsIssues = (cms: unknown) => {
    const r = provinceSchema.safeParse({ ...province, cms });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('takes sample values marked as such', () => {
    expect(provinceSchema.parse(province).cms).toMatchObject({ sample: true, branch: 'main' });
  });

  it('refuses what cannot work, saying what to write', () => {
    expect(cmsIssues({ ...real, repo: 'https://github.com/org/repo' })).toEqual([
      expect.stringMatching(/^cms\.repo: .*chủ-sở-hữu\/tên-kho/),
    ]);
    expect(cmsIssues({ ...real, authUrl: 'http://auth.example.org' })).toEqual([
      expect.stringMatching(/^cms\.authUrl: .*không dùng https/),
    ]);
    expect(cmsIssues({ ...real, authUrl: 'https://auth.example.org/auth' })).toEqual([
      expect.stringMatching(/^cms\.authUrl: .*đường dẫn/),
    ]);
    expect(cmsIssues({ ...real, unknown: 1 })).toHaveLength(1);
    expect(cmsIssues(real)).toEqual([]);
  });
});

describe("the CMS bundle, rewritten to the portal's own files", () => {
  const require = createRequire(import.meta.url);
  const original = readFileSync(join(dirname(require.resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js'), 'utf8');

  it('asks the portal, not a CDN, for its translations, fonts, version and GitHub status', () => {
    const { code, assets } = ownOriginBundle(original);
    expect(original).toContain('https://cdn.jsdelivr.net/fontsource/fonts/');
    expect(code).not.toContain('https://cdn.jsdelivr.net/');
    expect(code).not.toContain('https://www.githubstatus.com/api');
    expect(code).toContain('`en-US,vi`.split(`,`)');
    expect(assets.map((a) => a.kind).sort()).toEqual(['font', 'font', 'font', 'locales', 'status', 'version']);
    expect(assets.find((a) => a.kind === 'locales')).toEqual({
      kind: 'locales',
      locales: CMS_LOCALES.filter((l) => l !== 'en-US'),
    });
  });

  it('stops the build, naming the part, when a new release moved an address', () => {
    const moved = original.replace('https://www.githubstatus.com/api/v2/status.json', 'https://status.example/api');
    expect(() => ownOriginBundle(moved)).toThrow(/0 lần \(cần đúng 1\) the GitHub status check/);
  });
});
