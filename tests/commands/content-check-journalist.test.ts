/**
 * `npm run check` stops a province that lacks its "about" page in English (Decree 42/2022/NĐ-CP) or a
 * spokesperson without a field Decree 09/2017/NĐ-CP requires (name, title, phone, email). Runs the real
 * check script on a copy of the fixture content (tests/fixtures/content) with one mistake applied.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');
const base = join(repo, 'tests/fixtures/content');

function checkWith(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-journalist-'));
  try {
    cpSync(base, dir, { recursive: true });
    change(dir);
    const r = spawnSync(process.execPath, [join(repo, 'scripts', 'check.ts')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2024-06-01', GITHUB_STEP_SUMMARY: '' },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes the line of one field from a person's YAML file. */
const withoutField = (dir: string, file: string, field: string) => {
  const path = join(dir, file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith(`${field}:`))
      .join('\n'),
  );
};

describe('the content check on the journalist content', () => {
  it('passes on the fixture content as it is', () => {
    const r = checkWith(() => {});
    expect(r.out).toMatch(/\b0 lỗi/);
    expect(r.status).toBe(0);
  });

  it('fails when a province lacks the about page in English', () => {
    const r = checkWith((dir) => rmSync(join(dir, 'fixture/pages/en/about.md')));
    expect(r.status).toBe(1);
    expect(r.out).toContain('content/fixture/pages/vi/about.md');
    expect(r.out).toMatch(/chưa có bản tiếng Anh — hãy tạo fixture\/pages\/en\/about\.md/);
  });

  for (const field of ['name', 'title', 'phone', 'email'])
    it(`fails when a spokesperson lacks the ${field}`, () => {
      const r = checkWith((dir) => withoutField(dir, 'fixture/people/nguoi-phat-ngon.yaml', field));
      expect(r.status).toBe(1);
      expect(r.out).toMatch(
        new RegExp(`content/fixture/people/nguoi-phat-ngon\\.yaml: (.* \\()?${field}\\)?: chưa có`),
      );
    });
});
