/**
 * An editor opens /admin/ in her browser's language, under the policy the site sends: the CMS
 * shows its sign-in screen in Vietnamese (English in an English browser) with the province's name
 * and logo, loads everything from the portal (requests to any other origin are blocked and
 * recorded), breaks no policy, logs no error, and stays within a small number of requests. Signing
 * in with GitHub opens the province's own sign-in helper, not Netlify's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { adminTitle } from '../../src/lib/admin-page.ts';
import { ADMIN_DIRECTIVES, headerPolicy } from '../../src/lib/site-files/csp.ts';
import { loadProvince } from '../../src/node/provinces.ts';
import { watchPage } from './support/csp-watch.ts';
import { DIST, siteUrl, type SiteId } from './support/sites.ts';

/** What the sign-in screen says in each language (Sveltia's own strings; "\u2068…\u2069" isolates the service name). */
const SCREEN = {
  'vi-VN': { signIn: /^Đăng nhập bằng \u2068?GitHub\u2069?$/, token: 'Đăng nhập bằng mã truy cập', welcome: 'Chào mừng đến với' },
  'en-US': { signIn: /^Sign In with \u2068?GitHub\u2069?$/, token: 'Sign In Using Access Token', welcome: 'Welcome to' },
} as const;
/** Any other browser language gets English (Sveltia's Korean is not offered: /admin/ serves no Hangul font). */
const SCREEN_OF = { 'vi-VN': SCREEN['vi-VN'], 'en-US': SCREEN['en-US'], 'ko-KR': SCREEN['en-US'] } as const;
type Locale = keyof typeof SCREEN_OF;

/** The most requests the sign-in screen may make (page, script, config, fonts, translations: 14 when measured). */
const MAX_REQUESTS = 40;

/** The backend the build gave the CMS (province.yaml, or the CI override). */
const builtBackend = (site: SiteId): { repo: string; base_url: string } => parse(readFileSync(join(DIST, site, 'admin', 'config.yml'), 'utf8')).backend;

/** Blocks, and records, every request that leaves the portal, the sign-in window's included. */
async function blockOtherOrigins(context: BrowserContext, origin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return elsewhere;
}

async function openCms(page: Page, site: SiteId) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const watch = await watchPage(page);
  const response = await page.goto(siteUrl(site, '/admin/'));
  return { errors, watch, response };
}

/** Both languages on one province; the other province in Vietnamese, and in Korean (its third locale), which gets English. */
const cases: [SiteId, Locale][] = [['gia-lai', 'vi-VN'], ['gia-lai', 'en-US'], ['phu-tho', 'vi-VN'], ['phu-tho', 'ko-KR']];

for (const [site, locale] of cases) {
  test.describe(`${site}, a ${locale} browser`, () => {
    test.use({ locale });

    test(`an editor opens /admin/ of ${site} and reads its sign-in screen in her language`, async ({ page, context }) => {
      const province = loadProvince(site);
      const origin = new URL(siteUrl(site)).origin;
      const elsewhere = await blockOtherOrigins(context, origin);
      const { errors, watch, response } = await openCms(page, site);
      expect(response?.headers()['content-security-policy'], 'the site sends the CMS its own policy').toBe(headerPolicy(ADMIN_DIRECTIVES));

      const screen = SCREEN_OF[locale];
      await expect(page.getByRole('button', { name: screen.signIn })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: screen.token })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminTitle(province.name.vi));
      await expect(page.getByText(screen.welcome)).toBeAttached();
      const logo = page.locator('img.logo');
      await expect(logo).toHaveAttribute('src', /brand\/logo\.(svg|png)$/);
      await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.title)).toContain(province.name.vi);

      await page.waitForLoadState('networkidle');
      // The icon font is the portal's: the sign-in icons are drawn, not shown as their names.
      const loadedFaces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
      expect(loadedFaces).toContain('Material Symbols Outlined');
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(await watch.violations(), 'policy violations').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      const requests = watch.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
      test.info().annotations.push({ type: 'requests', description: String(requests.length) });
      expect(requests.length, requests.join('\n')).toBeLessThan(MAX_REQUESTS);
    });
  });
}

test.describe('signing in', () => {
  test.use({ locale: 'vi-VN' });
  test('"Đăng nhập bằng GitHub" opens the province\'s own sign-in helper, never Netlify\'s', async ({ page, context }) => {
    const site: SiteId = 'gia-lai';
    const { base_url: helper, repo } = builtBackend(site);
    expect(helper).not.toContain('netlify');
    expect(repo).not.toMatch(/your-org|your-portal-repo/);
    const elsewhere = await blockOtherOrigins(context, new URL(siteUrl(site)).origin);
    await openCms(page, site);
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: SCREEN['vi-VN'].signIn }).click();
    await (await popup).waitForLoadState().catch(() => {});
    await expect.poll(() => elsewhere.length).toBeGreaterThan(0);
    const opened = new URL(elsewhere[0]!);
    expect(`${opened.origin}${opened.pathname}`).toBe(`${helper}/auth`);
    expect(opened.searchParams.get('provider')).toBe('github');
  });
});
