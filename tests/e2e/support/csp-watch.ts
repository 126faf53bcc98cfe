/** Records Content-Security-Policy violations and requests a page makes, for the browser checks. */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface Watch {
  requests: string[];
  consoleCsp: string[];
  /** Violations the page reported, read from the page. */
  violations(): Promise<string[]>;
}

export async function watchPage(page: Page): Promise<Watch> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const watch: Watch = {
    requests: [],
    consoleCsp: [],
    violations: async () => [...watch.consoleCsp, ...(await page.evaluate(() => window.__cspViolations ?? []))],
  };
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) watch.consoleCsp.push(m.text());
  });
  return watch;
}
