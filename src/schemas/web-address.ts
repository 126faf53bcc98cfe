/**
 * The one type of every schema field that holds an address readers follow (a source, a unit's
 * website, a legal document's official page, the portal's own site): a full http(s) address.
 *
 * `z.url()` alone accepts any scheme the URL parser knows, `javascript:` and `data:` included; here
 * the URL parser (which reads the value as a browser does: tabs removed, case folded) must find
 * http or https, both on the portal's one scheme allowlist (`urlProblem`), and every refusal is
 * explained by that allowlist: "java\tscript:" and "JavaScript:" get its message for "javascript:".
 * Still a `z.url()`, so the CMS config and entry templates keep seeing a URL field.
 */
import { z } from 'astro/zod';
import { webAddressProblem } from '../lib/safety/web-address.ts';

/** Only http and https pass; whatever the parser refuses is explained by the allowlist when it has a reason. */
export const webAddress = z.url({ protocol: /^https?$/, error: (issue) => webAddressProblem(issue.input) });
