/**
 * Lays a translation's text over the source's facts; aligned lists are merged item by item. Fields
 * in `keep` stay as the source has them (image fields: a translation holds only its alt text and
 * captions there, which the image layer reads with their language).
 */

type Obj = Record<string, unknown>;

export function mergeTranslation<T extends Obj>(source: T, translation: Obj | undefined, aligned: readonly string[], keep: readonly string[] = []): T {
  if (!translation) return source;
  const out: Obj = { ...source };
  for (const [key, value] of Object.entries(translation)) {
    if (key === 'translation' || keep.includes(key)) continue;
    const base = source[key];
    if (aligned.includes(key) && Array.isArray(base) && Array.isArray(value)) {
      out[key] = base.map((item, i) =>
        item && typeof item === 'object' && value[i] && typeof value[i] === 'object'
          ? { ...(item as Obj), ...(value[i] as Obj) }
          : (value[i] ?? item),
      );
    } else {
      out[key] = value;
    }
  }
  return out as T;
}
