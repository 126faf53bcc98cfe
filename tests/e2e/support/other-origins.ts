/**
 * Own origin only (DESIGN.md section 7): a journey blocks every request that leaves the portal,
 * a sign-in window's included, and records it so the test can say which one left. A fake answer
 * registered later for one origin (page.route, or context.route after this) takes precedence.
 */
import type { BrowserContext } from '@playwright/test';

/** Blocks, and records, every request from `context` to an origin other than `origin`. */
export async function blockOtherOrigins(context: BrowserContext, origin: string): Promise<string[]> {
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
