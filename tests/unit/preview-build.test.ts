/** A pull-request preview is never indexed: its robots.txt disallows everything, and CI builds previews as such. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { robotsTxt } from '../../src/lib/site-files/sitemap.ts';

describe('robots.txt', () => {
  it('of a preview disallows everything and names no sitemap', () => {
    expect(robotsTxt('https://owner.github.io', '/repo/pr-7/gia-lai/', { preview: true })).toBe(
      'User-agent: *\nDisallow: /\n',
    );
  });
  it('of the portal allows everything and names its sitemap', () => {
    expect(robotsTxt('https://owner.github.io', '/repo/gia-lai/')).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: /);
  });
});

it('the pull-request workflow builds its previews as previews', () => {
  const workflow = parse(
    readFileSync(join(import.meta.dirname, '../../.github/workflows/pull-request.yml'), 'utf8'),
  ) as {
    jobs: Record<string, { steps?: { run?: string; env?: Record<string, string> }[] }>;
  };
  const builds = Object.values(workflow.jobs)
    .flatMap((job) => job.steps ?? [])
    .filter((step) => /--out "preview\//.test(step.run ?? ''));
  expect(builds.length).toBeGreaterThan(0);
  for (const step of builds) expect(step.env?.PORTAL_PREVIEW).toBe('1');
});
