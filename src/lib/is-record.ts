/** A parsed value (YAML, JSON) that is an object with keys to read, not null, an array or a scalar. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
