/**
 * One pattern per kind of name that comes from content (folder and file names, ids in YAML),
 * checked before the name is used anywhere: in a path, a command, a workflow or a URL.
 */

import type { Finding } from '../finding.ts';

/** Province ids, slugs of entries, unit and person ids: lowercase ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Locale folders: a BCP 47 language with an optional script or region (vi, en, km, zh-Hans). */
export const LOCALE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/** Asset file names (images, attachments): a slug, then one lowercase extension. */
export const ASSET_FILE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.[a-z0-9]+$/;

/**
 * The path a portal is served under: "/" at the root of its host, else slug segments between
 * slashes ("/my-repo/gia-lai/" for a GitHub Pages project site, "/pr-123/gia-lai/" for a preview).
 */
export const BASE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

export const isSlug = (value: string) => SLUG.test(value);
export const isLocale = (value: string) => LOCALE.test(value);

/**
 * The value if it is a valid province id, else an error naming what was given (quoted, control
 * characters escaped, so it cannot break a log line) and what is expected. These two errors are for
 * the build and the command line, in Vietnamese, and stay in this file: the privileged PR-comment
 * job runs it without the rest of src/ (tests/commands/deploy-site-branch.test.ts).
 */
export function provinceIdOrThrow(value: string): string {
  if (!SLUG.test(value))
    throw new Error(
      `${JSON.stringify(value)} không phải mã tỉnh hợp lệ — mã tỉnh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "gia-lai"`,
    );
  return value;
}

/** The value if it is a valid base path (BASE_PATH), else an error in Vietnamese naming what was given and what is expected. */
export function basePathOrThrow(value: string): string {
  if (!BASE_PATH.test(value))
    throw new Error(
      `${JSON.stringify(value)} không phải đường dẫn gốc hợp lệ — đường dẫn bắt đầu và kết thúc bằng "/", mỗi đoạn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "/my-repo/gia-lai/" (hoặc "/" khi trang nằm ở gốc tên miền)`,
    );
  return value;
}

/** Pictures pieces show (raster only: builds never rasterise SVG, see docs/editing-images.md). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
/** What may sit in images/: the pictures, and the team's SVG drawings they are made from. */
export const IMAGES_FOLDER_EXTENSIONS = [...IMAGE_EXTENSIONS, 'svg'] as const;
/** What may sit in files/ (served as downloads from the portal's own origin, so no HTML or SVG). */
export const FILES_FOLDER_EXTENSIONS = ['pdf', ...IMAGE_EXTENSIONS] as const;
/** The province's logo, a file beside province.yaml. */
export const LOGO_EXTENSIONS = ['svg', 'png'] as const;

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/** The stem of ASSET_FILE, to build the path patterns schemas carry (the CMS reads them too). */
const ASSET_STEM = ASSET_FILE.source.slice(1, ASSET_FILE.source.indexOf('\\.'));
/** A picture as content names it: directly in images/ (where the build finds pictures), raster. */
export const IMAGE_SRC = new RegExp(`^images/${ASSET_STEM}\\.(?:jpe?g|png|webp|avif)$`);
/**
 * A picture's path as the checks, the build and the image resolver read it: "/images/x.jpg", as
 * Sveltia CMS writes it (its public folder always starts with "/"), means the province's
 * images/x.jpg. Only that one "/" before "images/" is dropped; the rest is still judged by
 * IMAGE_SRC, so "/etc/passwd", "//host/x.jpg" and "/images/../x.jpg" stay refused.
 */
export const imagePath = (path: string): string => (path.startsWith('/images/') ? path.slice(1) : path);
/** An attachment as content names it: in files/ or a sub-folder of it. */
export const ATTACHMENT_FILE = new RegExp(
  `^files/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*${ASSET_STEM}\\.(?:pdf|jpe?g|png|webp|avif)$`,
);

/** Why a name or path from content cannot name an asset (the words are in content-check/messages/). */
export interface AssetNameProblems {
  /** Not a slug and one extension. */
  'file-name': { name: string };
  /** An extension not used in this folder. */
  extension: { ext: string; allowed: readonly string[] };
  /** Not in `folder`/ (for images: not directly in it). */
  'outside-folder': { path: string; folder: 'images' | 'files'; example: string };
  /** A sub-folder whose name is not a slug. */
  'sub-folder': { name: string; path: string; example: string };
  /** An SVG where a picture is shown: builds never rasterise SVG; `jpg` is the picture to make from it. */
  'svg-picture': { path: string; jpg: string };
}
export type AssetNameProblem = Finding<AssetNameProblems>;

/** Why `name` cannot be an asset file name with one of `extensions`, or undefined. */
export function assetNameProblem(name: string, extensions: readonly string[]): AssetNameProblem | undefined {
  if (!ASSET_FILE.test(name)) return { code: 'file-name', name };
  if (!extensions.includes(extensionOf(name)))
    return { code: 'extension', ext: extensionOf(name), allowed: extensions };
  return undefined;
}

/**
 * Why `path` (as content writes it, relative to the province folder) is not a picture pieces can
 * show ("images/hat-xoan.jpg": directly in images/, where the build finds pictures) or not an
 * attachment ("files/press/kit.pdf": in files/ or a sub-folder), or undefined. Folders are slugs,
 * the file name an asset name: never "..", never absolute (a picture's "/images/…" is read by imagePath).
 */
export function assetPathProblem(written: string, folder: 'images' | 'files'): AssetNameProblem | undefined {
  const path = folder === 'images' ? imagePath(written) : written;
  const parts = path.split('/');
  const example = folder === 'images' ? 'images/hat-xoan.jpg' : 'files/ke-hoach-2024.pdf';
  if (parts[0] !== folder || parts.length < 2 || (folder === 'images' && parts.length !== 2))
    return { code: 'outside-folder', path, folder, example };
  const bad = parts.slice(1, -1).find((p) => !SLUG.test(p));
  if (bad !== undefined) return { code: 'sub-folder', name: bad, path, example };
  if (folder === 'images' && extensionOf(path) === 'svg')
    return { code: 'svg-picture', path, jpg: path.replace(/\.svg$/, '.jpg') };
  return assetNameProblem(
    path.slice(path.lastIndexOf('/') + 1),
    folder === 'images' ? IMAGE_EXTENSIONS : FILES_FOLDER_EXTENSIONS,
  );
}
