// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { loadProvince, selectedProvinceId } from './src/node/provinces.ts';
import { buildDate } from './src/node/build-date.ts';
import { provinceCacheDir, provincePublicDir } from './src/node/cache-dir.ts';
import { portal } from './src/integrations/portal.ts';
import { phaseMarks } from './src/integrations/phase-marks.ts';
import { contentProcessor, refuseUnsafeContentBuild } from './src/node/content-pipeline.ts';
import { portalBase } from './src/node/base-path.ts';
import { moduleClosureDigest } from './src/node/pipeline-digest.ts';

const province = loadProvince(selectedProvinceId());
// The path the portal is served under: PORTAL_BASE (`npm run build -- --base`), else the site's path.
const base = portalBase(province);
const [defaultLocale, ...others] = /** @type {[string, ...string[]]} */ (province.locales);
// Content collections read the province from here (src/content.config.ts).
process.env.PORTAL_PROVINCE = province.id;

export default defineConfig({
  site: province.site,
  base,
  outDir: process.env.PORTAL_OUT_DIR || './dist',
  // One cache per province, so switching provinces keeps each one's content cache warm.
  cacheDir: provinceCacheDir(province.id),
  // Generated fonts and logo: the province's own folder, not a public/ shared by every build.
  publicDir: provincePublicDir(province.id),
  trailingSlash: 'always',
  // Content is untrusted: every Markdown/MDX body is judged by the check's own rules before any code
  // is generated, and an allowlist sanitizer ends its HTML pipeline (src/node/content-pipeline.ts).
  // No colour highlighting of code in content: Shiki writes inline styles, which the CSP blocks.
  // The pipeline's code digest makes Astro drop its cached HTML of every entry when that code changes.
  markdown: {
    processor: contentProcessor(
      base,
      moduleClosureDigest(fileURLToPath(new URL('./src/node/content-pipeline.ts', import.meta.url))),
    ),
    syntaxHighlight: false,
  },
  // Render 8 pages at once, so file writes overlap rendering (bench-3000 warm: page generation 33 s → 19 s).
  // Stylesheets and scripts are always files, never inlined: pages carry no inline code, so the
  // Content-Security-Policy (src/lib/site-files/csp.ts) is a constant with no hashes.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // Pages whose render key (src/data/render-keys.ts) and code are unchanged are copied from the
  // last build in cacheDir instead of rendered again.
  experimental: { incrementalBuild: true },
  i18n: {
    locales: [defaultLocale, ...others],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // First, so its marks time the others' setup (scripts/build.ts prints the phases).
    phaseMarks(),
    portal(province, buildDate()),
    refuseUnsafeContentBuild(),
    mdx(),
    // The sitemap, robots.txt and _headers are written from the built pages (scripts/build/site-files.ts),
    // so the sitemap lists exactly the pages that are not noindex, with their own hreflang alternates.
  ],
  vite: {
    build: {
      // 0: no script inlined into a page and no asset turned into a data: URL (the policy allows neither).
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers a harmless "use client" directive warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
