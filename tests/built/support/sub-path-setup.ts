/** Global setup of `npm run test:dist`: the sub-path build the link checks read, made once before the test files run. */
import { ensureSubPathSite } from '../../e2e/support/sub-path-site.ts';

export default function setup(): void {
  ensureSubPathSite();
}
