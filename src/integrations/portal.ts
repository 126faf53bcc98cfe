/**
 * The portal integration: validates the chosen province and its UI strings before anything
 * builds, writes its fonts, and exposes `virtual:portal` (province config, build date, locales)
 * to pages.
 */
import { isPreviewBuild } from '../node/preview-build.ts';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { copyFileSync, lstatSync, mkdirSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { contentRoot } from '../node/provinces.ts';
import type { ProvinceConfig } from '../node/provinces.ts';
import { dictionaryOf, uiStringsRefusal } from '../node/dictionaries.ts';
import { SPLIT_BY_PAGE, writeLocaleFonts } from '../node/fonts.ts';
import { runContentCheck, formatCheck } from '../node/run-check.ts';
import { checkMemoIn } from '../node/check-memo.ts';
import { provinceCacheDir } from '../node/cache-dir.ts';
import { contentStoreFromFile } from '../node/content-store-from-file.ts';
import { releaseSyncedContentLayer } from '../node/release-content-layer.ts';
import { vi } from '../lib/content-check/messages/index.ts';
import { placeholderStylesheet } from '../node/placeholder-stylesheet.ts';
import { themeStylesheet } from '../lib/theme-stylesheet.ts';
import { withBase } from '../lib/paths.ts';
import { STALE_MEMO_VARIABLE } from '../node/stale-translations.ts';

const VIRTUAL = 'virtual:portal';
/** Where pages read the build date from while Astro renders them (in this process). */
const BUILD_DATE_VARIABLE = 'PORTAL_BUILD_DATE_RUNTIME';
const THEME_CSS = 'virtual:portal/theme.css';
const PLACEHOLDERS_CSS = 'virtual:portal/placeholders.css';
const STYLESHEETS = new Set([THEME_CSS, PLACEHOLDERS_CSS]);

export function portal(province: ProvinceConfig, buildDate: string): AstroIntegration {
  return {
    name: 'portal',
    hooks: {
      // The content sync is done; the pages read the store from its bundled module.
      'astro:build:start': () => releaseSyncedContentLayer(),
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const uiStringsMissing = uiStringsRefusal(province.id, province.locales);
        if (uiStringsMissing) throw new Error(uiStringsMissing);
        // The same content check as `npm run check`, so `astro build` alone cannot skip it; the
        // per-file parsing is kept in the province's cache, keyed by the files' bytes.
        const memo = checkMemoIn(join(provinceCacheDir(province.id), 'content-check'));
        const checked = runContentCheck([province.id], vi, contentRoot, memo);
        memo.save();
        if (checked.errors.length)
          throw new Error(`${vi.buildStopped(checked.errors.length)}\n${formatCheck({ ...checked, warnings: [] })}`);
        const publicDir = fileURLToPath(config.publicDir);
        // Fonts and logo are linked under the base path the portal is served at ("/" for most).
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const fonts: Record<string, string> = {};
        const fontsPerPage: string[] = [];
        const localeName = (lang: string) => {
          const name = dictionaryOf(lang)['locale.name'];
          if (!name) throw new Error(`src/i18n/locales/${lang}/: no "locale.name"`);
          return name;
        };
        const fontPackages = (lang: string) =>
          (dictionaryOf(lang)['locale.fonts'] ?? 'noto-sans').split(',').map((s) => s.trim());
        for (const lang of province.locales) {
          const others = province.locales
            .filter((l) => l !== lang)
            .map((l) => ({ packages: fontPackages(l), text: localeName(l) }));
          fonts[lang] = writeLocaleFonts(publicDir, lang, fontPackages(lang), others, base);
          if (fontPackages(lang).some((pkg) => SPLIT_BY_PAGE.includes(pkg))) fontsPerPage.push(lang);
        }
        // The logo is served from the site's own origin under a fixed name.
        const logo = `/brand/logo${extname(province.logo)}`;
        // Only this build's logo: a logo of another type from an earlier build is not published.
        rmSync(join(publicDir, 'brand'), { recursive: true, force: true });
        mkdirSync(join(publicDir, 'brand'), { recursive: true });
        // The check above refused links and names with a folder; this copy never follows a link regardless.
        const logoFile = join(contentRoot, province.id, province.logo);
        if (!lstatSync(logoFile).isFile())
          throw new Error(
            `content/${province.id}/${province.logo}: (file): không phải tệp thường — hãy chạy npm run check`,
          );
        copyFileSync(logoFile, join(publicDir, logo));
        const contentDir = join(contentRoot, province.id);
        const payload = JSON.stringify({
          province,
          fonts,
          fontsPerPage,
          logo: withBase(base, logo),
          contentDir,
          preview: isPreviewBuild(),
        });
        // The build date reaches pages at run time, not in the module's code: Astro's incremental
        // build hashes the code of every module a route imports, so a date in it would re-render
        // every page on a new day. The render keys carry what pages derive from it (src/data/render-keys.ts).
        process.env[BUILD_DATE_VARIABLE] = buildDate;
        // A build remembers the stale translations in its cache folder (src/node/stale-translations.ts).
        if (command === 'build')
          process.env[STALE_MEMO_VARIABLE] = fileURLToPath(new URL('stale-translations.json', config.cacheDir));
        updateConfig({
          vite: {
            // Only this province's files are bundled (images, attachments), wherever CONTENT_DIR points.
            resolve: { alias: { '@province': contentDir } },
            plugins: [
              // A build imports the content store from its file, not as a 52 MB string literal.
              ...(command === 'build'
                ? [contentStoreFromFile(fileURLToPath(new URL('data-store.json', config.cacheDir)))]
                : []),
              {
                name: 'portal-virtual',
                resolveId: (id: string) => (id === VIRTUAL ? '\0' + VIRTUAL : undefined),
                load: (id: string) =>
                  id === '\0' + VIRTUAL
                    ? `const p = ${payload};\nexport const province = p.province;\nexport const buildDate = process.env.${BUILD_DATE_VARIABLE};\nif (!/^\\d{4}-\\d{2}-\\d{2}$/.test(buildDate ?? '')) throw new Error('virtual:portal: no build date in ${BUILD_DATE_VARIABLE}');\nexport const fonts = p.fonts;\nexport const fontsPerPage = p.fontsPerPage;\nexport const logo = p.logo;\nexport const contentDir = p.contentDir;\nexport const preview = p.preview;`
                    : undefined,
              },
              {
                // Stylesheets made from the province's data, bundled into the page CSS like any other:
                // pages carry no inline style, so the Content-Security-Policy needs no hash.
                name: 'portal-stylesheets',
                resolveId: (id: string) => (STYLESHEETS.has(id) ? '\0' + id : undefined),
                load: async (id: string) => {
                  if (id === '\0' + THEME_CSS) return themeStylesheet(province.themeColor);
                  if (id === '\0' + PLACEHOLDERS_CSS) return placeholderStylesheet(contentDir);
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
