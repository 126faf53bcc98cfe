/**
 * Issue 18, points 5 and 7. A Khmer reader of a piece nobody has translated into Khmer yet gets
 * the next language of the province's fallback chain (km → en → vi), marked with lang, a visible
 * label and the notice (fixture province). Korean text keeps its words whole and a Korean page
 * links a small font stylesheet: gates over every live site with a Korean locale.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureUrl, siteUrl, SITES, DIST, type SiteId } from './support/sites.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const FIXTURE = 'tests/fixtures/content/fixture';
/** Content folders and the section their pages live under. */
const SECTIONS = { places: 'places', profiles: 'invest', plans: 'plans', press: 'press' } as const;
/**
 * Bytes a Korean page's font stylesheet may weigh: 174 KB before subsetting, 16 KB subset, 8.7 KB
 * with one file per weight; a page's own stylesheet (its syllables only) is about 4 KB.
 */
const FONT_CSS_BUDGET = 6_000;

/** A fixture piece with an English translation and no Khmer one, and its English title. */
function pieceInEnglishOnly(): { section: string; slug: string; title: string } {
  for (const [folder, section] of Object.entries(SECTIONS)) {
    const en = join(FIXTURE, folder, 'en');
    if (!existsSync(en)) continue;
    for (const file of readdirSync(en)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      if (existsSync(join(FIXTURE, folder, 'km', file))) continue;
      const front = readFileSync(join(en, file), 'utf8').split(/^---$/m)[1] ?? '';
      return { section, slug: file.replace(/\.md$/, ''), title: String((parse(front) as { title: string }).title) };
    }
  }
  throw new Error('the fixture has no piece translated into English and not into Khmer');
}

test.describe('on a 390 px phone', () => {
  test.use(PHONE);

  test('a Khmer reader finds an untranslated piece in English, labelled, with the notice', async ({ page }) => {
    const config = parse(readFileSync(join(FIXTURE, 'province.yaml'), 'utf8')) as {
      fallbacks?: Record<string, string[]>;
    };
    expect(config.fallbacks?.km?.[0]).toBe('en');
    const piece = pieceInEnglishOnly();
    await page.goto(fixtureUrl(`/km/${piece.section}/`));
    const link = page.locator(`a[href$="/km/${piece.section}/${piece.slug}/"]`).first();
    await expect(link).toHaveText(piece.title);
    await expect(link).toHaveAttribute('lang', 'en');
    // The card says which language its text is in, visibly.
    const card = page.locator('li').filter({ has: link });
    const label = card.locator('[data-lang-label]');
    await expect(label).toBeVisible();
    await expect(label).toHaveText('English');
    await expect(label).toHaveAttribute('lang', 'en');

    await link.click();
    await expect(page).toHaveURL(fixtureUrl(`/km/${piece.section}/${piece.slug}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(piece.title);
    await expect(h1).toHaveAttribute('lang', 'en');
    const notice = page.locator('[data-notice=fallback]');
    await expect(notice).toBeVisible();
    // The notice, in Khmer, names the language the reader is reading ("អង់គ្លេស", English).
    await expect(notice).toContainText(new Intl.DisplayNames(['km'], { type: 'language' }).of('en')!);
    await expect(notice.locator('[lang=km]')).toHaveCount(1);
  });
});

/** Live sites with a Korean locale (a gate: any correct content passes it). */
const koreanSites = (Object.keys(SITES) as SiteId[]).filter((site) => existsSync(join(DIST, site, 'ko', 'index.html')));

test('a Korean page keeps its words whole and links a small font stylesheet; a Vietnamese one breaks normally', async ({
  page,
}) => {
  expect(koreanSites.length, 'a built site with a Korean locale').toBeGreaterThan(0);
  for (const site of koreanSites) {
    await page.goto(siteUrl(site, '/ko/'));
    const korean = page
      .locator('main p:visible, main h2:visible')
      .filter({ hasText: /[\uAC00-\uD7A3]/ })
      .first();
    await expect(korean).toBeVisible();
    expect(await korean.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    const href = await page.locator('link[rel=stylesheet][href*="/fonts/"]').getAttribute('href');
    const css = await (await page.request.get(new URL(href!, page.url()).href)).body();
    expect(css.length, `${href}: ${css.length} bytes`).toBeLessThanOrEqual(FONT_CSS_BUDGET);
    // Every font it names is served from the portal's own origin.
    for (const [, url] of css.toString().matchAll(/url\(([^)]+)\)/g))
      expect(new URL(url!, page.url()).origin).toBe(new URL(page.url()).origin);

    await page.goto(siteUrl(site, '/vi/'));
    expect(
      await page
        .locator('main p')
        .first()
        .evaluate((el) => getComputedStyle(el).wordBreak),
    ).toBe('normal');
  }
});

/**
 * Noto Sans KR files a Korean page may fetch: the syllables most pages share, the page's own, and
 * one rare-character slice. One weight only: bold Korean is drawn from the 400 glyphs.
 */
const KOREAN_FONT_FILES = 3;
/**
 * Bytes of Noto Sans KR the Korean home may fetch. Two whole weights of the site's syllables were
 * 74 KB (issue 18), one weight 30 KB; the shared file and the page's own are about 15 KB.
 */
const KOREAN_FONT_BYTES = 20_000;

/** The Noto Sans KR files the page loaded once its fonts are ready (resource timing: cached ones too), with their size. */
async function koreanFontsOf(page: Page): Promise<{ path: string; bytes: number }[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.includes('/noto-sans-kr/'))
      .map((e) => ({ path: new URL(e.name).pathname, bytes: e.encodedBodySize }));
  });
}

test('a Korean page draws its Hangul from a few own-origin Noto Sans KR files, never a system font', async ({
  page,
  context,
}) => {
  expect(koreanSites.length, 'a built site with a Korean locale').toBeGreaterThan(0);
  for (const site of koreanSites) {
    await page.goto(siteUrl(site, '/ko/'));
    // Fontsource's ~120 slices per weight made the home page fetch 24 Korean files (issue 18).
    const korean = await koreanFontsOf(page);
    const list = korean.map(({ path, bytes }) => `${path} ${bytes} B`).join('\n');
    expect(korean.length, list).toBeGreaterThan(0);
    expect(korean.length, list).toBeLessThanOrEqual(KOREAN_FONT_FILES);
    expect(
      korean.filter(({ path }) => /-700-/.test(path)),
      'no bold Korean file',
    ).toEqual([]);
    expect(
      korean.reduce((sum, { bytes }) => sum + bytes, 0),
      list,
    ).toBeLessThanOrEqual(KOREAN_FONT_BYTES);
    // What Chromium drew the title and the first Korean paragraph with: the site's fonts only.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    for (const selector of ['main h1', 'main p']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts: drawn } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(
        drawn.map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}`),
        selector,
      ).toContainEqual(expect.stringMatching(/^Noto Sans KR/));
      expect(
        drawn.filter((f) => !f.isCustomFont),
        selector,
      ).toEqual([]);
    }
    // The title is bold, drawn from the regular face (no bold Korean file exists).
    expect(
      Number(await page.locator('main h1').evaluate((el) => getComputedStyle(el).fontWeight)),
    ).toBeGreaterThanOrEqual(600);

    // The next page uses the same file of shared syllables (cached) and one of its own.
    const first = new Set(korean.map(({ path }) => path));
    await page.goto(siteUrl(site, '/ko/about/'));
    const next = (await koreanFontsOf(page)).map(({ path }) => path);
    expect(next.filter((path) => first.has(path)).length, next.join('\n')).toBeGreaterThan(0);
    expect(next.filter((path) => !first.has(path)).length, next.join('\n')).toBeLessThanOrEqual(KOREAN_FONT_FILES - 2);
  }
});
