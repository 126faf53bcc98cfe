import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts/deploy/site-branch.sh');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-branch-'));
  execFileSync('git', ['init', '-q', '--bare', join(dir, 'remote.git')]);
  const site = (folder: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, folder, path)), { recursive: true });
      writeFileSync(join(dir, folder, path), text);
    }
    return join(dir, folder);
  };
  const run = (...args: string[]) =>
    spawnSync('bash', [script, ...args], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        SITE_REMOTE: `file://${join(dir, 'remote.git')}`,
        GITHUB_OUTPUT: join(dir, 'output'),
      },
    });
  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', join(dir, 'remote.git'), ...args], { encoding: 'utf8' });
  const tree = () => git('ls-tree', '-r', '--name-only', 'gh-pages').trim().split('\n');
  return { dir, site, run, git, tree, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('the gh-pages tree: production and previews side by side', () => {
  it('production replaces the portals and keeps the previews; a preview and its removal touch only pr-<n>/', () => {
    const t = setup();
    expect(t.run('production', t.site('a', { 'gia-lai/index.html': 'v1', 'phu-tho/index.html': 'p1' })).status).toBe(0);
    expect(t.run('preview', '12', t.site('p', { 'gia-lai/index.html': 'preview' })).status).toBe(0);
    expect(t.run('production', t.site('b', { 'gia-lai/index.html': 'v2', 'gia-lai/vi/index.html': 'vi' })).status).toBe(
      0,
    );
    expect(t.tree()).toEqual([
      '.nojekyll',
      'gia-lai/index.html',
      'gia-lai/vi/index.html',
      'index.html',
      'pr-12/gia-lai/index.html',
    ]);
    expect(t.git('show', 'gh-pages:gia-lai/index.html')).toBe('v2');
    expect(t.git('show', 'gh-pages:index.html')).toContain('<a href="./gia-lai/">gia-lai</a>');
    expect(t.git('show', 'gh-pages:index.html')).not.toContain('pr-12');
    // One parentless commit: old sites do not pile up in the repository.
    expect(t.git('rev-list', '--count', 'gh-pages').trim()).toBe('1');
    const removed = t.run('remove-preview', '12');
    expect(removed.stdout).toContain('Remove the preview of pull request #12');
    expect(t.tree()).toEqual(['.nojekyll', 'gia-lai/index.html', 'gia-lai/vi/index.html', 'index.html']);
    const again = t.run('remove-preview', '12');
    expect(again.stdout).toContain('nothing to remove');
    expect(readFileSync(join(t.dir, 'output'), 'utf8')).toBe(
      'changed=true\nchanged=true\nchanged=true\nchanged=true\nchanged=false\n',
    );
    t.done();
  });

  it('refuses, before touching the branch, a link, a name that is not a province, a bad number', () => {
    const t = setup();
    t.run('production', t.site('a', { 'gia-lai/index.html': 'v1' }));
    const before = t.git('rev-parse', 'gh-pages');
    const linked = t.site('l', { 'gia-lai/index.html': 'x' });
    symlinkSync('/etc/passwd', join(linked, 'gia-lai', 'passwd.html'));
    expect(t.run('preview', '3', linked).stderr).toContain('không phải tệp thường');
    const badName = t.site('n', { 'Gia Lai/index.html': 'x' });
    expect(t.run('preview', '3', badName).stderr).toContain('không phải thư mục của một tỉnh');
    const prNamed = t.site('q', { 'pr-1/index.html': 'x' });
    expect(t.run('production', prNamed).status).toBe(1);
    const git = t.site('g', { 'gia-lai/.git/config': 'x' });
    expect(t.run('preview', '3', git).stderr).toContain('.git');
    for (const n of ['0', '1;id', '../1', '']) expect(t.run('preview', n, join(t.dir, 'a')).status).not.toBe(0);
    expect(t.git('rev-parse', 'gh-pages')).toBe(before);
    t.done();
  });
});

describe('the comment script runs without node_modules (the privileged job installs nothing)', () => {
  it('prints the comment from a report folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-comment-'));
    for (const f of [
      'scripts/deploy/pr-comment.ts',
      'src/lib/deploy/pr-comment.ts',
      'src/lib/deploy/site-address.ts',
      'src/lib/safety/names.ts',
    ]) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(join(root, f), join(dir, f));
    }
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    mkdirSync(join(dir, 'report'));
    writeFileSync(join(dir, 'report', 'check-status'), 'passed\n');
    const out = spawnSync(
      process.execPath,
      [
        'scripts/deploy/pr-comment.ts',
        '--report',
        'report',
        '--commit',
        'a'.repeat(40),
        '--pr',
        '5',
        '--previews',
        'gia-lai',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GITHUB_REPOSITORY: 'o/ttdn' },
      },
    );
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('| gia-lai | https://o.github.io/ttdn/pr-5/gia-lai/ |');
    expect(out.stdout).toContain('✅ Nội dung hợp lệ');
    rmSync(dir, { recursive: true, force: true });
  });
});
