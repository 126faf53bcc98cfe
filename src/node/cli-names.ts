/**
 * Names given to a script on the command line or in the environment (a province, a slug, a
 * locale, a content file) are checked before any use in a path or a command. A bad one stops
 * the script with one plain line in Vietnamese, never a stack trace.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { LOCALE, SLUG, basePathOrThrow, provinceIdOrThrow } from '../lib/safety/names.ts';
import { messageOf } from './error-message.ts';

/** Prints `✗ message` and exits 1. */
export function refuse(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** The value of `--province` (or PROVINCE) if it is a valid id; refuses the run otherwise. */
export function provinceArg(value: string, flag = '--province'): string {
  try {
    return provinceIdOrThrow(value);
  } catch (error) {
    return refuse(`${flag}: ${messageOf(error)}`);
  }
}

/** Runs `pick` (which may read PROVINCE through selectedProvinceId) and refuses a bad id plainly. */
export function provinceFromEnv(pick: () => string): string {
  try {
    return pick();
  } catch (error) {
    return refuse(`PROVINCE: ${messageOf(error)}`);
  }
}

/** The value of `--base` (or PORTAL_BASE) if it is a valid base path; refuses the run otherwise. */
export function baseArg(value: string, flag = '--base'): string {
  try {
    return basePathOrThrow(value);
  } catch (error) {
    return refuse(`${flag}: ${messageOf(error)}`);
  }
}

export function slugArg(value: string, flag = '--slug'): string {
  return SLUG.test(value)
    ? value
    : refuse(
        `${flag}: "${value}" không phải tên tệp hợp lệ — chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "hat-xoan"`,
      );
}

export function localeArg(value: string, flag = '--lang'): string {
  return LOCALE.test(value)
    ? value
    : refuse(`${flag}: "${value}" không phải mã ngôn ngữ hợp lệ — ví dụ "vi", "en", "km"`);
}

/**
 * Why a file named on the command line may not be read as content, or undefined: it must lie
 * inside `root` (content/) and be a regular file, not a link that could point anywhere.
 */
export function contentFileProblem(arg: string, root: string): string | undefined {
  const outside = (path: string, base: string) => {
    const rel = relative(base, path);
    return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  };
  const outsideMessage = `"${arg}" nằm ngoài thư mục content/ — chỉ nêu tệp trong content/, ví dụ "content/gia-lai/press/vi/thong-cao.md"`;
  if (outside(resolve(arg), root)) return outsideMessage;
  const stat = lstatSync(resolve(arg), { throwIfNoEntry: false });
  if (!stat) return `"${arg}" không tồn tại — nêu một tệp có trong content/`;
  if (!stat.isFile())
    return `"${arg}" không phải tệp thường (liên kết hoặc thư mục) — nêu chính tệp nội dung trong content/`;
  // A linked folder on the way (content/x/press -> /etc) would lead outside too.
  if (outside(realpathSync(arg), realpathSync(root))) return outsideMessage;
  return undefined;
}
