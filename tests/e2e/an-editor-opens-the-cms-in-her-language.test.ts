/**
 * An editor opens /admin/ in her browser's language, under the policy the site sends: the CMS
 * shows its sign-in screen in Vietnamese (English in an English browser) with the province's name
 * and logo, loads everything from the portal (requests to any other origin are blocked and
 * recorded), breaks no policy, logs no error, and stays within a small number of requests. Signing
 * in with GitHub opens the province's own sign-in helper, not Netlify's. On the fixture province
 * (tests/fixtures/content/fixture), whose cms block has sample values like the live provinces'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { adminTitle } from '../../src/lib/admin-page.ts';
import { ADMIN_DIRECTIVES, headerPolicy } from '../../src/lib/site-files/csp.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { watchPage } from './support/csp-watch.ts';
import { blockOtherOrigins } from './support/other-origins.ts';
import { FIXTURE_DIST, fixtureUrl } from './support/sites.ts';

/** What the sign-in screen says in each language (Sveltia's own strings; "\u2068…\u2069" isolates the service name). */
const SCREEN = {
  'vi-VN': {
    signIn: /^Đăng nhập bằng \u2068?GitHub\u2069?$/,
    token: 'Đăng nhập bằng mã truy cập',
    welcome: 'Chào mừng đến với',
  },
  'en-US': {
    signIn: /^Sign In with \u2068?GitHub\u2069?$/,
    token: 'Sign In Using Access Token',
    welcome: 'Welcome to',
  },
} as const;
/** Any other browser language gets English: the CMS has no Khmer, and its Korean is not offered (/admin/ serves no Hangul font). */
const SCREEN_OF = {
  'vi-VN': SCREEN['vi-VN'],
  'en-US': SCREEN['en-US'],
  'km-KH': SCREEN['en-US'],
  'ko-KR': SCREEN['en-US'],
} as const;
type Locale = keyof typeof SCREEN_OF;

/** The most requests the sign-in screen may make (page, script, config, fonts, translations: 14 when measured). */
const MAX_REQUESTS = 40;

const province = provinceSchema.parse(parse(readFileSync('tests/fixtures/content/fixture/province.yaml', 'utf8')));
/** The backend the build gave the CMS (province.yaml, or the CI override). */
const builtBackend = (): { repo: string; base_url: string } =>
  parse(readFileSync(join(FIXTURE_DIST, 'fixture', 'admin', 'config.yml'), 'utf8')).backend;

async function openCms(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const watch = await watchPage(page);
  const response = await page.goto(fixtureUrl('/admin/'));
  return { errors, watch, response };
}

/** Vietnamese, English, and Korean and Khmer (third locales of provinces), which get English. */
const locales: Locale[] = ['vi-VN', 'en-US', 'km-KH', 'ko-KR'];

for (const locale of locales) {
  test.describe(`a ${locale} browser`, () => {
    test.use({ locale });

    test('an editor opens /admin/ and reads its sign-in screen in her language', async ({ page, context }) => {
      const elsewhere = await blockOtherOrigins(context, new URL(fixtureUrl()).origin);
      const { errors, watch, response } = await openCms(page);
      expect(response?.headers()['content-security-policy'], 'the site sends the CMS its own policy').toBe(
        headerPolicy(ADMIN_DIRECTIVES),
      );

      const screen = SCREEN_OF[locale];
      await expect(page.getByRole('button', { name: screen.signIn })).toBeVisible({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: screen.token })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(adminTitle(province.name.vi));
      await expect(page.getByText(screen.welcome)).toBeAttached();
      const logo = page.locator('img.logo');
      await expect(logo).toHaveAttribute('src', /brand\/logo\.(svg|png)$/);
      await expect
        .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      await expect.poll(() => page.evaluate(() => document.title)).toContain(province.name.vi);

      await page.waitForLoadState('networkidle');
      // The icon font is the portal's: the sign-in icons are drawn, not shown as their names.
      const loadedFaces = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      );
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
  test('"Đăng nhập bằng GitHub" opens the province\'s own sign-in helper, never Netlify\'s', async ({
    page,
    context,
  }) => {
    const { base_url: helper, repo } = builtBackend();
    expect(helper).not.toContain('netlify');
    expect(repo).not.toMatch(/your-org|your-portal-repo/);
    const elsewhere = await blockOtherOrigins(context, new URL(fixtureUrl()).origin);
    await openCms(page);
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: SCREEN['vi-VN'].signIn }).click();
    await (await popup).waitForLoadState().catch(() => {});
    await expect.poll(() => elsewhere.length).toBeGreaterThan(0);
    const opened = new URL(elsewhere[0]!);
    expect(`${opened.origin}${opened.pathname}`).toBe(`${helper}/auth`);
    expect(opened.searchParams.get('provider')).toBe('github');
  });
});
