/**
 * `npm run measure:pages -- [--dist dist] [--port 4490]` builds nothing: for a built site (a folder
 * with index.html) or a folder of built provinces (dist/<province>/), it opens one page of each
 * type in each locale in Chromium on a throttled phone profile (400 kbps both ways, 400 ms round
 * trip, set through the Chrome DevTools Protocol, cache empty) and prints first contentful paint
 * and the bytes transferred until the load event (the better of two loads, as other work on the
 * machine slows some), then each locale's ratio to Vietnamese.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4490' } },
});
const port = Number(values.port);
/** 400 kbps in bytes per second, and the round trip, as issue 18 measured readers' phones. */
const THROTTLE = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** Page types: a fixed path, or a section whose first piece (by slug) present in every locale is taken. */
const TYPES: ({ type: string; path: string } | { type: string; section: string })[] = [
  { type: 'home', path: '' },
  { type: 'places list', path: 'places/' },
  { type: 'place', section: 'places' },
  { type: 'press release', section: 'press' },
  { type: 'plan', section: 'plans' },
  { type: 'profile', section: 'invest' },
  { type: 'about', path: 'about/' },
];

const isSite = (dir: string) => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'vi'));
const sites = isSite(values.dist)
  ? [values.dist]
  : readdirSync(values.dist)
      .map((d) => join(values.dist, d))
      .filter(isSite)
      .sort();
if (!sites.length)
  throw new Error(
    `${values.dist}: no built site (a folder with index.html and vi/) — build first, e.g. npm run build -- --out ${values.dist}`,
  );

const locales = (site: string) =>
  readdirSync(site)
    .filter((d) => /^[a-z]{2,3}$/.test(d) && existsSync(join(site, d, 'index.html')))
    .sort((a, b) => (a === 'vi' ? -1 : b === 'vi' ? 1 : a.localeCompare(b)));
const pieceDirs = (site: string, lang: string, section: string) => {
  const dir = join(site, lang, section);
  // A piece's page carries its search type (SearchMeta); listings and facet pages (invest/by-area/) do not.
  const isPiece = (s: string) =>
    existsSync(join(dir, s, 'index.html')) &&
    readFileSync(join(dir, s, 'index.html'), 'utf8').includes('data-pagefind-meta="type:');
  return existsSync(dir) ? readdirSync(dir).filter(isPiece) : [];
};
function pathFor(site: string, langs: string[], t: (typeof TYPES)[number]): string | undefined {
  if ('path' in t) return existsSync(join(site, 'vi', t.path, 'index.html')) ? t.path : undefined;
  const { section } = t;
  const slug = pieceDirs(site, 'vi', section)
    .sort()
    .find((s) => langs.every((l) => pieceDirs(site, l, section).includes(s)));
  return slug && `${t.section}/${slug}/`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
console.log(
  'Throttled phone (400 kbps, 400 ms RTT, empty cache): first contentful paint (ms) / bytes transferred (KB)\n',
);
for (const [n, site] of sites.entries()) {
  const origin = `http://localhost:${port + n}`;
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', site, '--port', String(port + n)], {
    stdio: 'ignore',
  });
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
    const langs = locales(site);
    const rows: Record<string, Record<string, { fcp: number; bytes: number }>> = {};
    for (const t of TYPES) {
      const path = pathFor(site, langs, t);
      if (path === undefined) continue;
      for (const lang of langs) {
        for (let run = 0; run < 2; run++) {
          const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Network.emulateNetworkConditions', THROTTLE);
          let bytes = 0;
          cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
          await page.goto(`${origin}/${lang}/${path}`, { waitUntil: 'load', timeout: 120_000 });
          const fcp = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const seen = performance.getEntriesByName('first-contentful-paint')[0];
                if (seen) return resolve(seen.startTime);
                new PerformanceObserver((list) => {
                  // A paint entry other than the first contentful one (first-paint) waits for the next.
                  const fcp = list.getEntriesByName('first-contentful-paint')[0];
                  if (fcp) resolve(fcp.startTime);
                }).observe({ type: 'paint', buffered: true });
              }),
          );
          const best = rows[t.type]?.[lang];
          if (!best || fcp < best.fcp) (rows[t.type] ??= {})[lang] = { fcp, bytes };
          await context.close();
        }
      }
    }
    console.log(`${site}`);
    const cell = (m: { fcp: number; bytes: number } | undefined) =>
      m ? `${Math.round(m.fcp)} / ${(m.bytes / 1024).toFixed(0)}` : '–';
    const others = langs.filter((l) => l !== 'vi');
    console.log(
      `| page | ${langs.join(' | ')} | ${others.map((l) => `${l}/vi FCP`).join(' | ')} | ${others.map((l) => `${l}/vi bytes`).join(' | ')} |`,
    );
    console.log(`|---|${langs.map(() => '---|').join('')}${others.map(() => '---|---|').join('')}`);
    for (const t of TYPES) {
      const byLang = rows[t.type];
      if (!byLang) continue;
      const ratio = (l: string, of: 'fcp' | 'bytes') =>
        byLang[l] && byLang.vi ? `${(byLang[l][of] / byLang.vi[of]).toFixed(2)}×` : '–';
      console.log(
        `| ${t.type} (${pathFor(site, langs, t)}) | ${langs.map((l) => cell(byLang[l])).join(' | ')} | ${others.map((l) => ratio(l, 'fcp')).join(' | ')} | ${others.map((l) => ratio(l, 'bytes')).join(' | ')} |`,
      );
    }
    console.log('');
  } finally {
    server.kill();
  }
}
await browser.close();
