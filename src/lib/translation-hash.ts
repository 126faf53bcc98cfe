/** Fingerprint of a source's translatable text, recorded by a translation to detect staleness. */
import { createHash } from 'node:crypto';
import { isRecord } from './is-record.ts';

/** Stable JSON: keys sorted, so the same text gives the same fingerprint. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * 12 hex characters over the text fields a translation carries (as the translation schema lists
 * them) and the body; facts do not count, so fixing a capital does not mark translations stale.
 */
export function sourceFingerprint(data: Record<string, unknown>, body: string, textFields: readonly string[]): string {
  const text: Record<string, unknown> = {};
  for (const field of textFields) if (field in data) text[field] = data[field];
  return createHash('sha256').update(stable(text)).update('\n').update(body.trim()).digest('hex').slice(0, 12);
}
