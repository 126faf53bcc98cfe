/**
 * Where the published tree lives and where each portal sits in it. One tree holds every
 * province under `<root>/<province>/` and each pull request's preview under
 * `<root>/pr-<n>/<province>/`. The root is the repository variable SITE_URL when the maintainer
 * set one (a custom domain, a bucket's address), else GitHub Pages' address for the repository
 * (`https://<owner>.github.io/<repo>/`, or the root for a `<owner>.github.io` repository).
 */
import { basePathOrThrow, isSlug, provinceIdOrThrow } from '../safety/names.ts';

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** The root of the published tree, always ending in "/". Throws, in Vietnamese, on a value that cannot be one. */
export function publishedRoot(siteUrl: string | undefined, repository: string): URL {
  if (siteUrl) {
    let url: URL;
    try {
      url = new URL(siteUrl);
    } catch {
      throw new Error(`SITE_URL "${siteUrl}" không phải địa chỉ web — ví dụ https://ttdn.example.gov.vn/`);
    }
    if (url.protocol !== 'https:') throw new Error(`SITE_URL "${siteUrl}" phải bắt đầu bằng https://`);
    if (url.username || url.password || url.search || url.hash)
      throw new Error(`SITE_URL "${siteUrl}" chỉ gồm tên miền và đường dẫn (không có ?, # hay tài khoản)`);
    const segments = url.pathname.split('/').filter(Boolean);
    // The path becomes Astro's base, which the build accepts only as slugs (BASE_PATH).
    if (!segments.every(isSlug))
      throw new Error(
        `SITE_URL "${siteUrl}": mỗi đoạn đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang`,
      );
    return new URL(`${url.origin}/${segments.map((s) => `${s}/`).join('')}`);
  }
  const [owner, name, ...rest] = repository.split('/');
  if (!owner || !name || rest.length || !OWNER.test(owner) || !REPO_NAME.test(name))
    throw new Error(`GITHUB_REPOSITORY "${repository}" không có dạng chủ/tên-kho`);
  const host = `${owner.toLowerCase()}.github.io`;
  if (name.toLowerCase() === host) return new URL(`https://${host}/`);
  if (!isSlug(name))
    throw new Error(
      `tên kho "${name}" không dùng làm đường dẫn được (GitHub Pages phục vụ trang tại /${name}/) — đổi tên kho thành chữ thường không dấu, chữ số và dấu gạch ngang, hoặc đặt biến SITE_URL`,
    );
  return new URL(`https://${host}/${name}/`);
}

export interface PortalAddress {
  /** Astro's base: the path every link and asset starts with, e.g. /ttdn/pr-12/gia-lai/. */
  base: string;
  /** The origin, for canonical and feed URLs, e.g. https://owner.github.io. */
  site: string;
  /** The portal's home, e.g. https://owner.github.io/ttdn/pr-12/gia-lai/. */
  url: string;
}

/** A province's portal in the tree, or its preview for pull request `pr`. */
export function portalAddress(root: URL, province: string, pr?: number): PortalAddress {
  provinceIdOrThrow(province);
  if (pr !== undefined && !(Number.isSafeInteger(pr) && pr > 0))
    throw new Error(`số pull request "${pr}" không hợp lệ`);
  const url = new URL(`${pr === undefined ? '' : `pr-${pr}/`}${province}/`, root);
  return { base: basePathOrThrow(url.pathname), site: url.origin, url: url.href };
}

/** "12" → 12; anything but a plain positive number → an error (it becomes a path). */
export function pullRequestNumber(value: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new Error(`số pull request "${value}" không hợp lệ`);
  return Number(value);
}
