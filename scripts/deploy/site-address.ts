/**
 * `node scripts/deploy/site-address.ts`: prints `PORTAL_BASE=…`, `PORTAL_SITE=…` and `PORTAL_URL=…`
 * for the province in PROVINCE (and the preview of pull request PR_NUMBER, if set), from SITE_URL
 * and GITHUB_REPOSITORY (src/lib/deploy/site-address.ts). A workflow appends the lines to
 * $GITHUB_ENV; every value is checked first, so none can carry a line break or a shell character.
 */
import { portalAddress, publishedRoot, pullRequestNumber } from '../../src/lib/deploy/site-address.ts';

try {
  const root = publishedRoot(process.env.SITE_URL || undefined, process.env.GITHUB_REPOSITORY ?? '');
  const pr = process.env.PR_NUMBER ? pullRequestNumber(process.env.PR_NUMBER) : undefined;
  const address = portalAddress(root, process.env.PROVINCE ?? '', pr);
  console.log(`PORTAL_BASE=${address.base}\nPORTAL_SITE=${address.site}\nPORTAL_URL=${address.url}`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
