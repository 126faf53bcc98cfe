/**
 * `npx node scripts/measure-images.ts [--dist dist] [--dpr 3] [--port 4480]` opens every heritage piece
 * page of every built province (dist/<province>/<lang>/places/<slug>/) in Chromium as a 390 px
 * wide phone, scrolls to the end so lazy pictures load, and prints the bytes of the largest
 * picture the phone downloaded on each page (and the total of all pictures).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    dpr: { type: 'string', default: '3' },
    port: { type: 'string', default: '4480' },
  },
});
const dpr = Number(values.dpr);
const port = Number(values.port);
const IMAGE = /\.(avif|webp|jpe?g|png|svg)$/;

const pages = (site: string) =>
  readdirSync(site).flatMap((lang) => {
    const dir = join(site, lang, 'places');
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((s) => existsSync(join(dir, s, 'index.html')))
          .map((s) => `/${lang}/places/${s}/`)
      : [];
  });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
console.log(`Largest picture a 390 px phone (device pixel ratio ${dpr}) downloads per piece page:`);
const provinces = readdirSync(values.dist)
  .filter((d) => existsSync(join(values.dist, d, 'index.html')))
  .sort();
for (const [n, province] of provinces.entries()) {
  const origin = `http://localhost:${port + n}`;
  const server = spawn(
    process.execPath,
    ['scripts/serve.ts', '--dir', join(values.dist, province), '--port', String(port + n)],
    { stdio: 'ignore' },
  );
  // Wait until the server answers (up to 10 s).
  for (
    let i = 0;
    i < 100 &&
    !(await fetch(origin).then(
      () => true,
      () => false,
    ));
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  try {
    for (const path of pages(join(values.dist, province))) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: dpr,
        isMobile: true,
      });
      const page = await context.newPage();
      const sizes = new Map<string, number>();
      page.on('response', async (res) => {
        if (IMAGE.test(new URL(res.url()).pathname)) sizes.set(res.url(), (await res.body()).length);
      });
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      // Scroll through the page as a reader would, so every lazy picture comes near the viewport.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      await page.waitForTimeout(200);
      const [url, bytes] = [...sizes].sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      console.log(`${province}${path}\t${bytes} B\t${url.split('/').pop()}\t(all pictures ${total} B)`);
      await context.close();
    }
  } finally {
    server.kill();
  }
}
await browser.close();
