/**
 * The yardstick the portal is held against (issue 20): a bare Astro site with Pagefind that builds
 * the same generated Markdown, one page per entry and language, with no listings, no images, no
 * layout. Written into a scratch folder inside the repository, so it uses the same Astro.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/node/site-walk.ts';
import { measured, type Run } from './measure.ts';

export interface BareRun {
  pages: number;
  astroS: number;
  pagefindS: number;
  totalS: number;
  peakMb: number | null;
}

const CONFIG = `export default { build: { format: 'directory' }, telemetry: false };\n`;
/** The same site with Astro's incremental build: a page whose cacheKey and code are unchanged is copied from cacheDir. */
const INCREMENTAL_CONFIG = `export default { build: { format: 'directory' }, telemetry: false, cacheDir: './cache', experimental: { incrementalBuild: true } };\n`;
const collection = (base: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { entries: defineCollection({ loader: glob({ pattern: '{press,plans,places,profiles}/{vi,en}/*.md', base: ${JSON.stringify(base)} }) }) };
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  // The entry's digest changes with its file; Astro also compares the rendered entry's own hash.
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: String(entry.digest) }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const lang = entry.id.split('/')[1];
---
<html lang={lang}><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`;

const env = () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' });

function writeSite(contentDir: string, dir: string, config: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src/content.config.ts'), collection(contentDir));
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), PAGE);
}

function astroBuild(repoRoot: string, dir: string, what: string): Run {
  const astro = measured(
    process.execPath,
    [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent', '--root', dir],
    env(),
    repoRoot,
  );
  if (astro.status !== 0) throw new Error(`bare site: astro build failed (${what})`);
  return astro;
}

/** Builds the bare site over `contentDir` (a generated province) in `dir`, Astro then Pagefind, each timed. */
export function buildBare(repoRoot: string, contentDir: string, dir: string): BareRun {
  writeSite(contentDir, dir, CONFIG);
  const astro = astroBuild(repoRoot, dir, 'cold');
  const pagefind = measured(
    join(repoRoot, 'node_modules/.bin/pagefind'),
    ['--site', join(dir, 'dist'), '--silent'],
    env(),
    repoRoot,
  );
  if (pagefind.status !== 0) throw new Error('bare site: pagefind failed');
  const pages = listFiles(join(dir, 'dist')).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length;
  const peaks = [astro.peakMb, pagefind.peakMb].filter((p): p is number => p !== null);
  return {
    pages,
    astroS: astro.seconds,
    pagefindS: pagefind.seconds,
    totalS: astro.seconds + pagefind.seconds,
    peakMb: peaks.length ? Math.max(...peaks) : null,
  };
}

export interface BareFloor {
  /** Astro's cold build of the bare site with the incremental cache on (empty cache): beside BareRun.astroS. */
  coldAstroS: number;
  /** Astro's build again with nothing changed: start, sync the same content, bundle, copy every page. */
  noChangeAstroS: number;
  noChangePeakMb: number | null;
  /** Pages that build rendered rather than copied from the cache (0 when the floor is what it says). */
  noChangeRendered: number;
  /** No-change builds it took to reach that (Astro may render every page again on the first). */
  noChangeBuilds: number;
}

/** Pages rendered since `since` (ms): Astro rewrites a page's copy in its cache only when it renders it. */
function renderedSince(cacheDist: string, since: number): number {
  return listFiles(cacheDist).filter((f) => f.endsWith('.html') && statSync(join(cacheDist, f)).mtimeMs >= since)
    .length;
}

/**
 * Astro's own floor for a rebuild: the bare site with Astro's incremental build, built cold in `dir`,
 * then again with nothing changed until a build renders no page (at most three times). The bare site
 * of the cold ratio (buildBare) stays without a cache.
 */
export function bareFloor(repoRoot: string, contentDir: string, dir: string): BareFloor {
  writeSite(contentDir, dir, INCREMENTAL_CONFIG);
  const cold = astroBuild(repoRoot, dir, 'incremental, cold');
  for (let builds = 1; ; builds++) {
    const since = Date.now() - 1; // mtimes may be rounded to the millisecond below
    const again = astroBuild(repoRoot, dir, 'incremental, nothing changed');
    const rendered = renderedSince(join(dir, 'cache/dist'), since);
    if (rendered === 0 || builds === 3)
      return {
        coldAstroS: cold.seconds,
        noChangeAstroS: again.seconds,
        noChangePeakMb: again.peakMb,
        noChangeRendered: rendered,
        noChangeBuilds: builds,
      };
  }
}
