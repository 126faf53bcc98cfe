/**
 * GitHub Pages, S3 and nginx ignore `_headers`: the policy in each page's own <meta> must then
 * stop script that reached the HTML anyway (the content check and the sanitizer are the first
 * lines of defence; this is the last). The page is served without any header policy, with
 * script injected after the meta tag as content would be, and none of it runs.
 */
import { test, expect } from '@playwright/test';
import { siteUrl } from './support/sites.ts';

const INJECTED = [
  '<script>window.__pwned = "inline script"</script>',
  '<img src="/favicon.svg" onload="window.__pwned = \'event handler\'" alt="">',
  '<a id="pwn-link" href="javascript:window.__pwned=\'javascript: link\'">x</a>',
  '<style>body { background: rgb(255, 0, 0) !important }</style>',
].join('');

test('a page served without header policy still blocks script injected into its HTML', async ({ page }) => {
  const url = siteUrl('gia-lai', '/vi/');
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    const html = (await response.text()).replace('</main>', `${INJECTED}</main>`);
    await route.fulfill({ response, headers, body: html });
  });
  const response = await page.goto(url);
  expect(response?.headers()['content-security-policy'], 'no policy in the headers').toBeUndefined();
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 'the page carries its own').toBe(1);
  await page.locator('#pwn-link').click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
});
