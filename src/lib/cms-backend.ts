/**
 * Where the CMS signs in and commits: the GitHub repository and branch, and the origin of the
 * OAuth helper (Sveltia CMS Authenticator) that turns a GitHub sign-in into a token. They come from
 * the province config (`cms:` in province.yaml), each overridable from the environment for CI.
 *
 * A deploy (PORTAL_DEPLOY=1, set only by the publishing workflow) refuses a CMS that would sign
 * editors in to a sample repository or helper: the site would go live with an /admin/ that cannot
 * work. Local builds, tests and pull-request previews keep the sample values, so they run with no
 * setup at all.
 */
import { say, type Finding } from './finding.ts';
import { vi } from './content-check/messages/vi.ts';

/** The `cms:` block of province.yaml, as its schema gives it. */
export interface ProvinceCms {
  repo: string;
  branch: string;
  authUrl: string;
  sample: boolean;
}

/** The environment variables read here. */
export interface CmsEnv {
  CMS_REPO?: string | undefined;
  CMS_BRANCH?: string | undefined;
  CMS_AUTH_URL?: string | undefined;
  PORTAL_DEPLOY?: string | undefined;
}

export interface CmsBackend {
  repo: string;
  branch: string;
  /** Origin of the OAuth helper: Sveltia opens `<authUrl>/auth` in a sign-in window. */
  authUrl: string;
}

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH = /^[A-Za-z0-9._/-]{1,100}$/;

/**
 * What is wrong with a CMS setting, as a code and the value: the check says it in the editor's
 * language, the build and the schema in Vietnamese, from one catalogue (content-check/messages/).
 */
export interface CmsSettingProblems {
  /** Not a GitHub "owner/name". */
  'not-a-repo': { value: string };
  /** Not a branch name the CMS can use. */
  'not-a-branch': { value: string };
  /** The sign-in helper's address is not a web address at all. */
  'auth-not-an-address': { value: string };
  /** … is not https: the editor's GitHub token passes through it. */
  'auth-not-https': { value: string };
  /** … has a path or parameters: Sveltia adds the path (/auth) itself. */
  'auth-not-an-origin': { value: string };
}
export type CmsSettingProblem = Finding<CmsSettingProblems>;

/** Why `value` is not a GitHub "owner/name"; undefined when it is one. */
export const repoProblem = (value: string): CmsSettingProblem | undefined =>
  REPO.test(value) && !value.endsWith('.git') ? undefined : { code: 'not-a-repo', value };

/** Why `value` is not a branch name the CMS can use; undefined when it is one. */
export const branchProblem = (value: string): CmsSettingProblem | undefined =>
  BRANCH.test(value) && !value.includes('..') ? undefined : { code: 'not-a-branch', value };

/** Why `value` is not the https origin of an OAuth helper; undefined when it is one. */
export function authUrlProblem(value: string): CmsSettingProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { code: 'auth-not-an-address', value };
  }
  if (url.protocol !== 'https:') return { code: 'auth-not-https', value };
  if (url.origin !== value.replace(/\/$/, '')) return { code: 'auth-not-an-origin', value };
  return undefined;
}

/** True when the build publishes the site (the deploy workflow sets PORTAL_DEPLOY=1). */
export const isDeploy = (env: CmsEnv): boolean => env.PORTAL_DEPLOY === '1';

/**
 * The backend of one province's CMS, or the reason it cannot be built: a value from the
 * environment that is malformed, or (in a deploy) a value still missing or marked sample. A
 * province with no `cms:` block outside a deploy (a test fixture, the benchmark's) gets no CMS:
 * `fatal` is false and the build goes on without /admin/.
 */
export function resolveCmsBackend(
  province: string,
  cms: ProvinceCms | undefined,
  env: CmsEnv,
): { backend: CmsBackend } | { problem: string; fatal: boolean } {
  const file = `content/${province}/province.yaml`;
  const fromEnv = {
    repo: env.CMS_REPO || undefined,
    branch: env.CMS_BRANCH || undefined,
    authUrl: env.CMS_AUTH_URL || undefined,
  };
  const envProblem = (name: string, problem: CmsSettingProblem | undefined) =>
    problem ? [`${name}: ${say(vi.cms, problem)}`] : [];
  const envProblems = [
    ...envProblem('CMS_REPO', fromEnv.repo ? repoProblem(fromEnv.repo) : undefined),
    ...envProblem('CMS_BRANCH', fromEnv.branch ? branchProblem(fromEnv.branch) : undefined),
    ...envProblem('CMS_AUTH_URL', fromEnv.authUrl ? authUrlProblem(fromEnv.authUrl) : undefined),
  ];
  if (envProblems.length)
    return {
      problem: `Biến môi trường của trang biên tập (/admin/) không hợp lệ: ${envProblems.join('; ')}`,
      fatal: true,
    };

  const repo = fromEnv.repo ?? cms?.repo;
  const authUrl = fromEnv.authUrl ?? cms?.authUrl;
  const branch = fromEnv.branch ?? cms?.branch ?? 'main';
  if (!repo || !authUrl)
    return {
      problem: `${file}: cms: chưa khai báo kho GitHub (repo) và địa chỉ dịch vụ đăng nhập (authUrl) cho trang biên tập /admin/ — hãy thêm khối "cms:" theo hướng dẫn docs/cms-setup.md`,
      fatal: isDeploy(env),
    };
  if (isDeploy(env) && cms?.sample) {
    const still = [
      !fromEnv.repo && `kho "${repo}" (repo)`,
      !fromEnv.authUrl && `dịch vụ đăng nhập "${authUrl}" (authUrl)`,
    ].filter(Boolean);
    if (still.length)
      return {
        problem:
          `${file}: cms: trang biên tập /admin/ vẫn trỏ tới ${still.join(' và ')} là giá trị mẫu (sample: true), biên tập viên sẽ không đăng nhập được. ` +
          `Hãy ghi kho GitHub thật và địa chỉ dịch vụ đăng nhập thật rồi xoá dòng "sample: true" (các bước ở docs/cms-setup.md). ` +
          `Bản dựng để đăng lên mạng (PORTAL_DEPLOY=1) dừng ở đây; trang đang chạy không bị thay đổi.`,
        fatal: true,
      };
  }
  return { backend: { repo, branch, authUrl: authUrl.replace(/\/$/, '') } };
}
