/**
 * A small stand-in for GitHub's API (api.github.com), answered by Playwright inside the browser
 * (page.route), so a journey can sign in with a personal access token, list the collections, save
 * an entry and open a pull request with no internet. It holds a repository in memory: the fixture
 * content as `content/…` on `main`, the branches the CMS creates, their commits and pull requests.
 * It answers only the REST calls and GraphQL selections Sveltia CMS makes (0.221); anything else
 * is answered 404 and recorded in `unknown`, so a new need of the CMS shows up in the test.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page, Route } from '@playwright/test';

export const API = 'https://api.github.com';

interface Commit {
  oid: string;
  parent?: string;
  message: string;
  date: string;
  files: Map<string, Buffer>;
}
export interface FakePullRequest {
  number: number;
  title: string;
  head: string;
  base: string;
  draft: boolean;
  body: string;
  labels: string[];
}

const blobSha = (bytes: Buffer) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
const commitSha = (text: string) => createHash('sha1').update(text).digest('hex');
const isText = (path: string) => /\.(md|mdx|ya?ml|json|txt|csv)$/.test(path);

/** Every file under `root`, as `content/<relative path>`. */
function contentFiles(root: string): Map<string, Buffer> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return new Map(walk(root).map((file) => [`content/${relative(root, file)}`, readFileSync(file)]));
}

export class FakeGitHub {
  readonly user = {
    login: 'bien-tap-vien',
    name: 'Biên tập viên Sở Mẫu',
    id: 1001,
    html_url: 'https://github.com/bien-tap-vien',
    email: 'bien-tap-vien@fixture.ttdn.example',
  };
  readonly branches = new Map<string, Commit>();
  readonly pulls: FakePullRequest[] = [];
  /** Requests the fake does not know, as "METHOD path" or "graphql: <first line>". */
  readonly unknown: string[] = [];
  /** The Authorization header of every request, to check the token the editor pasted is the one sent. */
  readonly tokens = new Set<string>();

  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;

  constructor(owner: string, repo: string, root: string, defaultBranch = 'main') {
    this.owner = owner;
    this.repo = repo;
    this.defaultBranch = defaultBranch;
    const files = contentFiles(root);
    this.branches.set(defaultBranch, {
      oid: commitSha('initial'),
      message: 'Nội dung mẫu',
      date: '2026-01-05T08:00:00Z',
      files,
    });
  }

  /** The files of a branch as they are now. */
  files(branch = this.defaultBranch): Map<string, Buffer> {
    return this.branches.get(branch)?.files ?? new Map();
  }

  async install(page: Page): Promise<void> {
    await page.route(`${API}/**`, (route) => this.answer(route));
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const headers = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type, accept, x-github-api-version',
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
      'access-control-expose-headers': 'link, x-ratelimit-remaining',
    };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers });
    const auth = request.headers()['authorization'];
    if (auth) this.tokens.add(auth);
    const url = new URL(request.url());
    const json = (status: number, body: unknown) =>
      route.fulfill({
        status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    if (url.pathname === '/graphql') {
      const { query, variables } = request.postDataJSON() as { query: string; variables?: Record<string, unknown> };
      const data = this.graphql(query, variables ?? {});
      return data ? json(200, { data }) : json(200, { errors: [{ message: 'unknown query' }] });
    }
    const rest = this.rest(request.method(), url, request.postData());
    if (!rest) {
      this.unknown.push(`${request.method()} ${url.pathname}${url.search}`);
      return json(404, { message: 'Not Found' });
    }
    if (rest.raw)
      return route.fulfill({
        status: 200,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        body: rest.raw,
      });
    return json(rest.status ?? 200, rest.body ?? {});
  }

  private rest(
    method: string,
    url: URL,
    body: string | null,
  ): { status?: number; body?: unknown; raw?: Buffer } | undefined {
    const repoPath = `/repos/${this.owner}/${this.repo}`;
    const path = url.pathname;
    if (method === 'GET' && path === '/user') return { body: { ...this.user, avatar_url: null } };
    if (method === 'GET' && path === `${repoPath}/collaborators/${this.user.login}`) return { status: 204 };
    if (method === 'GET' && path === repoPath)
      return {
        body: {
          name: this.repo,
          full_name: `${this.owner}/${this.repo}`,
          default_branch: this.defaultBranch,
          permissions: { admin: false, push: true, pull: true },
        },
      };
    const tree = path.match(new RegExp(`^${repoPath}/git/trees/(.+)$`));
    if (method === 'GET' && tree) {
      const commit = this.commitOf(decodeURIComponent(tree[1]!));
      if (!commit) return { status: 404, body: { message: 'Not Found' } };
      return {
        body: {
          sha: commit.oid,
          truncated: false,
          tree: [...commit.files].map(([p, bytes]) => ({
            path: p,
            mode: '100644',
            type: 'blob',
            sha: blobSha(bytes),
            size: bytes.length,
          })),
        },
      };
    }
    const blob = path.match(new RegExp(`^${repoPath}/git/blobs/([0-9a-f]{40})$`));
    if (method === 'GET' && blob) {
      for (const commit of this.branches.values())
        for (const bytes of commit.files.values()) if (blobSha(bytes) === blob[1]) return { raw: bytes };
      return { status: 404, body: { message: 'Not Found' } };
    }
    if (method === 'POST' && path === `${repoPath}/pulls`) {
      const input = JSON.parse(body ?? '{}') as {
        title: string;
        head: string;
        base: string;
        draft?: boolean;
        body?: string;
      };
      const pr: FakePullRequest = {
        number: this.pulls.length + 1,
        title: input.title,
        head: input.head,
        base: input.base,
        draft: input.draft ?? false,
        body: input.body ?? '',
        labels: [],
      };
      this.pulls.push(pr);
      return { status: 201, body: this.pullJson(pr) };
    }
    const issue = path.match(new RegExp(`^${repoPath}/issues/(\\d+)(/labels)?$`));
    if (issue) {
      const pr = this.pulls.find((p) => p.number === Number(issue[1]));
      if (!pr) return { status: 404, body: { message: 'Not Found' } };
      const input = JSON.parse(body ?? '{}') as { labels?: string[] };
      if (method === 'POST' && issue[2]) pr.labels.push(...(input.labels ?? []));
      else if (method === 'PATCH' && input.labels) pr.labels = [...input.labels];
      else if (method !== 'GET') return undefined;
      return { body: { number: pr.number, labels: pr.labels.map((name) => ({ name })) } };
    }
    // Deploy previews: no commit statuses or deployments on this fake.
    if (method === 'GET' && /\/commits\/[^/]+\/(status|statuses|check-runs)$/.test(path))
      return {
        body: path.endsWith('check-runs')
          ? { total_count: 0, check_runs: [] }
          : path.endsWith('status')
            ? { state: 'pending', statuses: [] }
            : [],
      };
    if (method === 'GET' && path === `${repoPath}/deployments`) return { body: [] };
    return undefined;
  }

  private pullJson(pr: FakePullRequest) {
    return {
      number: pr.number,
      node_id: `PR_${pr.number}`,
      title: pr.title,
      draft: pr.draft,
      body: pr.body,
      state: 'open',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
      head: { ref: pr.head, sha: this.branches.get(pr.head)?.oid },
      base: { ref: pr.base },
      created_at: '2026-03-05T09:00:00Z',
      updated_at: '2026-03-05T09:00:00Z',
      labels: pr.labels.map((name) => ({ name })),
    };
  }

  private commitOf(ref: string): Commit | undefined {
    const name = ref.replace(/^refs\/heads\//, '');
    if (this.branches.has(name)) return this.branches.get(name);
    for (const commit of this.branches.values()) if (commit.oid === ref) return commit;
    return undefined;
  }

  private lastCommitNode(commit: Commit) {
    return {
      oid: commit.oid,
      message: commit.message,
      committedDate: commit.date,
      author: {
        name: this.user.name,
        email: this.user.email,
        avatarUrl: null,
        user: { id: this.user.id, login: this.user.login },
      },
    };
  }

  /** The answer to one GraphQL document, or undefined when the fake does not know it. */
  private graphql(query: string, vars: Record<string, unknown>): Record<string, unknown> | undefined {
    const branch = String(vars.branch ?? this.defaultBranch);
    if (query.includes('createCommitOnBranch')) return this.commit(query, vars.input as CommitInput);
    if (query.includes('createRef(')) {
      const input = vars.input as { name: string; oid: string };
      const base = this.commitOf(input.oid)!;
      const name = input.name.replace(/^refs\/heads\//, '');
      if (this.branches.has(name)) return undefined;
      this.branches.set(name, { ...base, files: new Map(base.files) });
      return { createRef: { ref: { name: input.name } } };
    }
    if (query.includes('markPullRequestReadyForReview') || query.includes('convertPullRequestToDraft')) {
      const id = (vars.input as { pullRequestId: string }).pullRequestId;
      const pr = this.pulls.find((p) => `PR_${p.number}` === id);
      if (!pr) return undefined;
      pr.draft = query.includes('convertPullRequestToDraft');
      return {
        [query.includes('convertPullRequestToDraft') ? 'convertPullRequestToDraft' : 'markPullRequestReadyForReview']: {
          pullRequest: { isDraft: pr.draft },
        },
      };
    }
    if (query.includes('fork: repository('))
      return { fork: { id: 'R_fake' }, base: { ref: { target: { oid: this.branches.get(this.defaultBranch)!.oid } } } };
    if (query.includes('defaultBranchRef')) return { repository: { defaultBranchRef: { name: this.defaultBranch } } };
    if (query.includes('pullRequests(')) {
      const nodes = this.pulls.map((pr) => ({
        id: `PR_${pr.number}`,
        number: pr.number,
        title: pr.title,
        url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
        isDraft: pr.draft,
        isCrossRepository: false,
        createdAt: '2026-03-05T09:00:00Z',
        updatedAt: '2026-03-05T09:00:00Z',
        headRefName: pr.head,
        headRefOid: this.branches.get(pr.head)?.oid,
        author: {
          login: this.user.login,
          avatarUrl: null,
          name: this.user.name,
          email: this.user.email,
          databaseId: this.user.id,
        },
        labels: { nodes: pr.labels.map((name) => ({ name })) },
        files: { nodes: this.changedFiles(pr.head).map((path) => ({ path, changeType: 'ADDED' })) },
      }));
      return { repository: { pullRequests: { nodes } } };
    }
    // The last commit of a branch (no alias) or, with aliases, file contents and histories.
    const aliases = [...query.matchAll(/(\w+)\s*:\s*(object|ref)\s*\(([^)]*)\)/g)];
    if (!aliases.length && /ref\(\s*qualifiedName:\s*\$branch\s*\)/.test(query)) {
      const commit = this.commitOf(branch);
      if (!commit) return { repository: { ref: null } };
      return {
        repository: {
          ref: {
            target: /history\(first:\s*1\)/.test(query)
              ? { oid: commit.oid, history: { nodes: [this.lastCommitNode(commit)] } }
              : { oid: commit.oid },
          },
        },
      };
    }
    if (aliases.length) {
      const out: Record<string, unknown> = {};
      for (const [, alias, kind, args] of aliases) {
        if (kind === 'ref') {
          const commit = this.commitOf(branch);
          out[alias!] = commit ? { target: { history: { nodes: [this.lastCommitNode(commit)] } } } : null;
          continue;
        }
        const oid = /oid: "([0-9a-f]{40})"/.exec(args!)?.[1];
        const expression = /expression: "([^"]+)"/.exec(args!)?.[1];
        let bytes: Buffer | undefined;
        let path = '';
        if (oid) {
          for (const commit of this.branches.values())
            for (const [p, b] of commit.files)
              if (blobSha(b) === oid) {
                bytes = b;
                path = p;
              }
        } else if (expression) {
          const [ref, file] = [
            expression.slice(0, expression.indexOf(':')),
            expression.slice(expression.indexOf(':') + 1),
          ];
          bytes = this.commitOf(ref)?.files.get(file);
          path = file;
        }
        out[alias!] = bytes
          ? {
              oid: blobSha(bytes),
              byteSize: bytes.length,
              isBinary: !isText(path),
              text: isText(path) ? bytes.toString('utf8') : null,
            }
          : null;
      }
      return { repository: out };
    }
    this.unknown.push(`graphql: ${query.trim().split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ')}`);
    return undefined;
  }

  /** Paths a branch adds or changes compared with the default branch. */
  changedFiles(branch: string): string[] {
    const base = this.files();
    return [...this.files(branch)]
      .filter(([p, b]) => !base.get(p)?.equals(b))
      .map(([p]) => p)
      .sort();
  }

  private commit(query: string, input: CommitInput): Record<string, unknown> | undefined {
    const name = input.branch.branchName;
    const head = this.branches.get(name);
    if (!head || (input.expectedHeadOid && input.expectedHeadOid !== head.oid)) return undefined;
    const files = new Map(head.files);
    for (const { path, contents } of input.fileChanges.additions ?? [])
      files.set(path, Buffer.from(contents, 'base64'));
    for (const { path } of input.fileChanges.deletions ?? []) files.delete(path);
    const commit: Commit = {
      oid: commitSha(`${head.oid}${input.message.headline}${[...files.keys()].join()}`),
      parent: head.oid,
      message: input.message.headline,
      date: '2026-03-05T09:00:00Z',
      files,
    };
    this.branches.set(name, commit);
    const shas = Object.fromEntries(
      (input.fileChanges.additions ?? []).map(({ path }, i) => [
        `file_${i}`,
        query.includes(`file_${i}:`) ? { oid: blobSha(files.get(path)!) } : undefined,
      ]),
    );
    return { createCommitOnBranch: { commit: { oid: commit.oid, committedDate: commit.date, ...shas } } };
  }
}

interface CommitInput {
  branch: { repositoryNameWithOwner: string; branchName: string };
  expectedHeadOid?: string;
  fileChanges: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
  message: { headline: string };
}
