/**
 * One browser page that audits many built pages with axe-core, cheaply: one context per worker,
 * axe-core's source added to every document by an init script (compiled once per renderer, not
 * sent over the wire per page), and axe.run asked for violations only.
 *
 * Why not AxeBuilder per page: @axe-core/playwright evaluates its 580 kB source in each page,
 * runs axe.runPartial, then opens a second blank page, evaluates the source there too and runs
 * axe.finishRun — about 10 s of a page's 12 s under load, where goto + axe.run take 2–3 s
 * (measured with /tmp scripts timing each step; see the commit that added this file).
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { watchPage, type Watch } from './csp-watch.ts';

/** The WCAG 2.2 A/AA rules; no rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The axe-core that @axe-core/playwright itself depends on (the same version its AxeBuilder runs).
const require = createRequire(import.meta.url);
const AXE_SOURCE = createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export interface Audit {
  status: number | undefined;
  /** One line per violated rule: "id (impact): help — first targets". */
  violations: string[];
  /** CSP violations the page reported while loading and being audited. */
  csp: string[];
}

export interface AxePage {
  page: Page;
  /** Loads the URL (fulfilled with `body` instead of the served HTML if given) and runs axe on it. */
  audit(url: string, body?: (served: string) => string): Promise<Audit>;
  close(): Promise<void>;
}

export async function openAxePage(browser: Browser): Promise<AxePage> {
  const context: BrowserContext = await browser.newContext();
  await context.addInitScript({ path: AXE_SOURCE });
  const page = await context.newPage();
  const watch: Watch = await watchPage(page);
  return {
    page,
    async audit(url, body) {
      watch.consoleCsp.length = 0;
      if (body) {
        // Only while this URL is audited: routing disables the HTTP cache the other pages share.
        await page.route(url, async (route) => {
          const served = await route.fetch();
          await route.fulfill({ response: served, body: body(await served.text()) });
        });
      }
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        const violations = await page.evaluate(async (tags) => {
          if (!window.axe) throw new Error('axe-core was not added to the page');
          const results = await window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          });
          return results.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 5)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        }, AXE_TAGS);
        return { status: response?.status(), violations, csp: await watch.violations() };
      } finally {
        if (body) await page.unroute(url);
      }
    },
    close: () => context.close(),
  };
}
