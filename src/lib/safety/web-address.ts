/**
 * Why a value is not a full http(s) address an editor may link to: the words of the schemas' one
 * address type (src/schemas/web-address.ts) and of the check's messages (format-issues.ts), which
 * is why it lives here, below both. Every refusal is explained by the portal's one scheme
 * allowlist (`urlProblem`).
 */
import { urlProblem } from './safe-url.ts';
import { sayIf } from '../finding.ts';
import { vi } from '../content-check/messages/vi.ts';
import type { Messages } from '../content-check/messages/types.ts';

/** Why `value` is not a full http(s) address, in the catalogue's words (schemas speak Vietnamese; the check asks in the editor's language). */
export function webAddressProblem(value: unknown, m: Messages = vi): string {
  return (typeof value === 'string' && sayIf(m.url, urlProblem(value))) || m.notAWebAddress;
}
