/**
 * One pattern per kind of name that comes from content (folder and file names, ids in YAML),
 * checked before the name is used anywhere: in a path, a command, a workflow or a URL.
 */

/** Province ids, slugs of entries, unit and person ids: lowercase ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Locale folders: a BCP 47 language with an optional script or region (vi, en, km, zh-Hans). */
export const LOCALE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/** Asset file names (images, attachments): a slug, then one lowercase extension. */
export const ASSET_FILE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+$/;

export const isSlug = (value: string) => SLUG.test(value);
export const isLocale = (value: string) => LOCALE.test(value);

/** The value if it is a valid province id, else an error naming what was given (quoted, control characters escaped, so it cannot break a log line) and what is expected. */
export function provinceIdOrThrow(value: string): string {
  if (!SLUG.test(value))
    throw new Error(`${JSON.stringify(value)} không phải mã tỉnh hợp lệ — mã tỉnh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "gia-lai"`);
  return value;
}
