import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { portalAddress, publishedRoot, pullRequestNumber } from '../../src/lib/deploy/site-address.ts';

const root = join(import.meta.dirname, '..', '..');

describe('where each portal and preview is published', () => {
  it('GitHub Pages by default: a project site under /<repo>/, a user site at the root', () => {
    expect(publishedRoot(undefined, 'So-Ngoai-Vu/ttdn-portal').href).toBe('https://so-ngoai-vu.github.io/ttdn-portal/');
    expect(publishedRoot(undefined, 'sonv/sonv.github.io').href).toBe('https://sonv.github.io/');
  });
  it('SITE_URL wins (a custom domain, a bucket), with or without a path and trailing slash', () => {
    expect(publishedRoot('https://ttdn.gialai.gov.vn', 'a/b').href).toBe('https://ttdn.gialai.gov.vn/');
    expect(publishedRoot('https://cdn.example.vn/cong/ttdn', 'a/b').href).toBe('https://cdn.example.vn/cong/ttdn/');
  });
  it('refuses, in Vietnamese, what cannot be a root', () => {
    expect(() => publishedRoot('http://x.vn/', 'a/b')).toThrow(/phải bắt đầu bằng https/);
    expect(() => publishedRoot('https://x.vn/?a=1', 'a/b')).toThrow(/không có \?, #/);
    expect(() => publishedRoot('https://x.vn/Cong Thong Tin/', 'a/b')).toThrow(/mỗi đoạn đường dẫn/);
    expect(() => publishedRoot('not a url', 'a/b')).toThrow(/không phải địa chỉ web/);
    expect(() => publishedRoot(undefined, 'owner/TTDN_Portal')).toThrow(/đổi tên kho .* hoặc đặt biến SITE_URL/);
    expect(() => publishedRoot(undefined, 'owner')).toThrow(/chủ\/tên-kho/);
  });
  it('a portal at <root>/<province>/, its preview at <root>/pr-<n>/<province>/, the base being the path', () => {
    const r = publishedRoot(undefined, 'owner/ttdn');
    expect(portalAddress(r, 'gia-lai')).toEqual({
      base: '/ttdn/gia-lai/',
      site: 'https://owner.github.io',
      url: 'https://owner.github.io/ttdn/gia-lai/',
    });
    expect(portalAddress(r, 'gia-lai', 12).base).toBe('/ttdn/pr-12/gia-lai/');
    expect(portalAddress(publishedRoot('https://ttdn.example.vn/', 'a/b'), 'phu-tho').base).toBe('/phu-tho/');
    expect(() => portalAddress(r, '../x')).toThrow(/không phải mã tỉnh hợp lệ/);
    expect(() => portalAddress(r, 'gia-lai', 0)).toThrow(/không hợp lệ/);
  });
  it('a pull request number is digits only (it becomes a folder name)', () => {
    expect(pullRequestNumber('42')).toBe(42);
    for (const bad of ['', '0', '-1', '1e3', '12/../x', '12\n'])
      expect(() => pullRequestNumber(bad)).toThrow(/không hợp lệ/);
  });
  it('the script prints lines for $GITHUB_ENV, and stops on a bad value', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/deploy/site-address.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...env },
      });
    const ok = run({ GITHUB_REPOSITORY: 'owner/ttdn', PROVINCE: 'phu-tho', PR_NUMBER: '7' });
    expect(ok.stdout).toBe(
      'PORTAL_BASE=/ttdn/pr-7/phu-tho/\nPORTAL_SITE=https://owner.github.io\nPORTAL_URL=https://owner.github.io/ttdn/pr-7/phu-tho/\n',
    );
    const bad = run({ GITHUB_REPOSITORY: 'owner/ttdn', PROVINCE: 'phu-tho\nEVIL=1' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
  });
});
