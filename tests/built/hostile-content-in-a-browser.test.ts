/**
 * Hostile content that the check accepts, because accepting it is legitimate (a code sample that
 * shows `<script>`, a harmless `<abbr>`…), is published as text, never as code. Every accepted
 * case of the hostile suite (tests/helpers/hostile/cases-*.ts) is laid over the fixture
 * province at once, built once, and each page is opened in Chromium with the CSP bypassed — the
 * policy is a second line of defence, so the content itself must be inert: no script runs, no
 * dialog opens, the page does not navigate and no request leaves the origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { HOSTILE_CASES } from '../helpers/hostile/index.ts';
import { contentWith } from '../helpers/hostile/content-dir.ts';
import { serve } from '../../scripts/serve.ts';

const repo = join(import.meta.dirname, '../..');
const accepted = HOSTILE_CASES.flatMap((c) =>
  'accepted' in c.outcome ? [{ ...c, accepted: c.outcome.accepted }] : [],
);

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

let content: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  content = contentWith(
    Object.assign({}, ...accepted.map((c) => c.files)),
    accepted.flatMap((c) => c.remove ?? []),
  );
  const site = join(dirname(content), 'site');
  const r = spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), '--province', 'fixture', '--out', site], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: '2024-06-01',
      PORTAL_CACHE_DIR: join(dirname(content), 'cache'),
    },
  });
  if (r.status !== 0)
    throw new Error(`the fixture with every accepted hostile case did not build:\n${r.stdout}\n${r.stderr}`);
  server = serve(site, 0);
  await new Promise<void>((done) => (server.listening ? done() : server.once('listening', () => done())));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

it('the suite has accepted cases to open', () => {
  expect(accepted.length).toBeGreaterThan(0);
});

describe.each(accepted)('[$class] $name', ({ accepted: { path, shows } }) => {
  it('is published as inert content: no script, dialog, navigation or outside request', async () => {
    // The policy is bypassed on purpose: the content must be safe without it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const outside: string[] = [];
    const navigations: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    page.on('framenavigated', (f) => navigations.push(f.url()));
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    expect(response?.status(), `${path} is published`).toBe(200);
    await page.waitForTimeout(300);
    if (shows)
      await expect(page.locator('main').getByText(shows, { exact: false }).first().isVisible()).resolves.toBe(true);
    // What could run later (a click, a hover) is looked for in the page itself.
    const active = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('main *')) {
        const tag = el.tagName.toLowerCase();
        if (
          tag === 'script' &&
          el.getAttribute('type') !== 'application/ld+json' &&
          !el.getAttribute('src')?.startsWith('/_astro/')
        )
          found.push('<script>');
        if (['iframe', 'object', 'embed', 'form', 'base', 'meta', 'style', 'link', 'frame'].includes(tag))
          found.push(`<${tag}>`);
        for (const a of el.getAttributeNames())
          if (a.startsWith('on') || a === 'srcdoc' || a === 'formaction') found.push(`${tag}[${a}]`);
        for (const a of ['href', 'src', 'action', 'xlink:href']) {
          const value = el.getAttribute(a);
          if (
            value !== null &&
            !['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(value, location.href).protocol)
          )
            found.push(`${tag}[${a}=${value}]`);
        }
      }
      return found;
    });
    const pwned = await page.evaluate(() => window.__pwned ?? null);
    await context.close();
    expect(dialogs, 'no dialog opened').toEqual([]);
    expect(pwned, 'no script from content ran').toBeNull();
    expect(active, 'nothing in the content can run code or leave the page').toEqual([]);
    expect(outside, 'no request left the origin').toEqual([]);
    expect(
      navigations.filter((u) => u !== `${origin}${path}`),
      'the page did not navigate',
    ).toEqual([]);
  });
});
