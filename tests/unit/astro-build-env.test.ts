/** The environment the build gives its Astro child (scripts/build/astro-build.ts). */
import { expect, it } from 'vitest';
import { astroEnv } from '../../scripts/build/astro-build.ts';

it("has mimalloc return freed memory at once in the Astro child (Rolldown's bundling held it through page generation)", () => {
  expect(astroEnv('gia-lai', '/tmp/out', {}, { PATH: '/usr/bin' }).MIMALLOC_PURGE_DELAY).toBe('0');
});

it('keeps a purge delay the caller chose', () => {
  expect(astroEnv('gia-lai', '/tmp/out', {}, { MIMALLOC_PURGE_DELAY: '10' }).MIMALLOC_PURGE_DELAY).toBe('10');
});

it("passes the caller's environment without Vitest's values, and the build's own on top", () => {
  const env = astroEnv('gia-lai', '/tmp/out', { PORTAL_BASE: '/x/' }, { PATH: '/usr/bin', MODE: 'test', VITEST: '1' });
  expect(env).toMatchObject({
    PATH: '/usr/bin',
    NODE_ENV: 'production',
    PROVINCE: 'gia-lai',
    PORTAL_OUT_DIR: '/tmp/out',
    PORTAL_BASE: '/x/',
  });
  expect(env.MODE).toBeUndefined();
  expect(env.VITEST).toBeUndefined();
});
