/**
 * A portal served under a sub-path, as a GitHub Pages project site serves it
 * (https://<owner>.github.io/ttdn-portal/fixture/): the server answers only under the base, so a
 * link, stylesheet, font, script, search index or feed that forgot the base fails here. The build
 * is the fixture province's that the link checks read (support/sub-path-site.ts).
 */
import { test, expect, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../../scripts/serve.ts';
import { searchAt, topThree } from './support/search.ts';
import { SUB_PATH_SITE, ensureSubPathSite } from './support/sub-path-site.ts';

const { base } = SUB_PATH_SITE;
const SITE = 'https://fixture.ttdn.example';
let server: Server;
let root: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000); // builds the site when the dist checks have not
  const dir = ensureSubPathSite();
  server = serve(dir, 0, base);
  await new Promise<void>((done) => (server.listening ? done() : server.once('listening', () => done())));
  root = `http://localhost:${(server.address() as AddressInfo).port}${base}`;
});

test.afterAll(() => {
  server?.close();
});

/** Every request the page makes and every failed response, to show nothing leaves the base or fails. */
function watch(page: Page) {
  const requests: string[] = [];
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(root) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  return { requests, outside, failed };
}

test('a reader arrives at the sub-path, finds a page by searching, and switches language', async ({ page }) => {
  const seen = watch(page);

  await test.step('the root of the sub-path leads to the Vietnamese home, styled and with its fonts', async () => {
    await page.goto(root);
    await expect(page).toHaveURL(`${root}vi/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin đối ngoại Tỉnh Mẫu');
    // The page's stylesheets applied (the header is laid out, not bare HTML) and its font came from under the base.
    expect(
      await page.evaluate(() =>
        document.fonts.ready.then(() => [...document.fonts].some((f) => f.status === 'loaded')),
      ),
    ).toBe(true);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}${base}vi/`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SITE}${base}social/home.png`);
  });

  await test.step('the search box finds the sample waterfall from "thac mau", typed without accents, and opens it', async () => {
    await page.getByRole('searchbox').first().fill('thac mau');
    await page.getByRole('searchbox').first().press('Enter');
    await expect(page).toHaveURL(`${root}vi/search/?q=thac+mau`);
    const results = await searchAt(page, root, 'vi', 'thac mau');
    const hit = `${base}vi/places/thac-mau/`;
    expect(topThree(results)).toContain(hit);
    await page.locator(`.portal-result a[href="${hit}"]`).click();
    await expect(page).toHaveURL(`${root}vi/places/thac-mau/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thác Mẫu');
  });

  await test.step('the language switcher leads to the same piece in English and Khmer, and back', async () => {
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`${root}en/places/thac-mau/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel=alternate][hreflang=km]')).toHaveAttribute(
      'href',
      `${SITE}${base}km/places/thac-mau/`,
    );
    await page.getByRole('link', { name: 'ភាសាខ្មែរ' }).click();
    await expect(page).toHaveURL(`${root}km/places/thac-mau/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ទឹកធ្លាក់គំរូ');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(`${root}vi/places/thac-mau/`);
  });

  await test.step('a search in Khmer finds its page under the base too', async () => {
    expect(topThree(await searchAt(page, root, 'km', 'ព្រំដែន'))).toContain(`${base}km/places/cua-khau-mau/`);
  });

  expect(seen.outside, 'requests outside the base path').toEqual([]);
  expect(seen.failed, 'failed requests').toEqual([]);
});

test('a journalist subscribes to the English feeds: their addresses and every link in them are under the sub-path', async ({
  page,
}) => {
  await page.goto(`${root}en/`);
  const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(feedHref).toBe(`${base}en/rss.xml`);
  const xml = await (await page.request.get(new URL(feedHref!, root).href)).text();
  const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
  expect(links[0]).toBe(`${SITE}${base}en/`);
  expect(links.length).toBeGreaterThan(1);
  for (const link of links) {
    expect(link.startsWith(`${SITE}${base}en/`), link).toBe(true);
    const local = await page.request.get(new URL(new URL(link).pathname, root).href);
    expect(local.status(), link).toBe(200);
  }
  // The footer's calendar feed: an iCalendar file whose events link to pages under the base.
  const calendarHref = await page
    .locator('footer')
    .getByRole('link', { name: 'Add the coming year to your calendar app (.ics)' })
    .getAttribute('href');
  expect(calendarHref).toBe(`${base}en/calendar.ics`);
  const calendar = await page.request.get(new URL(calendarHref!, root).href);
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  const eventUrls = [...(await calendar.text()).replace(/\r\n[ \t]/g, '').matchAll(/^URL:(.+)$/gm)].map((m) =>
    m[1]!.trim(),
  );
  expect(eventUrls.length).toBeGreaterThan(0);
  for (const url of eventUrls) expect(url.startsWith(`${SITE}${base}en/`), url).toBe(true);
  // The footer's RSS link, followed as a reader would.
  await page.locator('footer').getByRole('link', { name: 'Subscribe by RSS' }).click();
  await expect(page).toHaveURL(`${root}en/rss.xml`);
});

test('a reader who mistypes an address under the sub-path gets the not-found page with working links', async ({
  page,
}) => {
  const response = await page.goto(`${root}en/no-such-page/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('main').getByRole('link').first().click();
  await expect(page).toHaveURL(`${root}en/`);
  // Nothing is served outside the base: the host's root is not this portal.
  expect((await page.request.get(new URL('/en/', root).href)).status()).toBe(404);
});

test.describe('an editor in a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN' });

  test('opens the CMS under the sub-path: its sign-in screen, with everything loaded from under the base', async ({
    page,
  }) => {
    const seen = watch(page);
    const response = await page.goto(`${root}admin/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('button', { name: /^Đăng nhập bằng \u2068?GitHub\u2069?$/ })).toBeVisible({
      timeout: 20_000,
    });
    // Its config (Sveltia adds a cache-busting query) and the province's logo came from under the base.
    expect(seen.requests.some((url) => new URL(url).pathname === `${base}admin/config.yml`)).toBe(true);
    expect(seen.requests).toContain(`${root}brand/logo.svg`);
    expect(seen.outside, 'requests outside the base path').toEqual([]);
    expect(seen.failed, 'failed requests').toEqual([]);
  });
});
