/**
 * `npm run check` stops a province that lacks its "about" page in English (Decree 42/2022/NĐ-CP) or a
 * spokesperson without a field Decree 09/2017/NĐ-CP requires (name, title, phone, email). Runs the real
 * check script on a copy of the repository's content with one mistake applied.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');

function checkWith(change: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-journalist-'));
  try {
    // Only the two demonstration provinces and the national folder: other folders may be mid-edit.
    for (const scope of ['national', 'gia-lai', 'phu-tho']) cpSync(join(repo, 'content', scope), join(dir, scope), { recursive: true });
    change(dir);
    const r = spawnSync(process.execPath, [join(repo, 'scripts', 'check.ts')], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dir },
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes the line of one field from a person's YAML file. */
const withoutField = (dir: string, file: string, field: string) => {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, 'utf8').split('\n').filter((l) => !l.startsWith(`${field}:`)).join('\n'));
};

describe('the content check on the journalist content', () => {
  it('passes on the repository content as it is', () => {
    const r = checkWith(() => {});
    expect(r.out).toMatch(/\b0 lỗi/);
    expect(r.status).toBe(0);
  });

  it('fails when a province lacks the about page in English', () => {
    const r = checkWith((dir) => rmSync(join(dir, 'phu-tho/pages/en/about.md')));
    expect(r.status).toBe(1);
    expect(r.out).toContain('content/phu-tho/pages/vi/about.md');
    expect(r.out).toMatch(/chưa có bản tiếng Anh — hãy tạo phu-tho\/pages\/en\/about\.md/);
  });

  for (const field of ['name', 'phone', 'email'])
    it(`fails when a spokesperson lacks the ${field}`, () => {
      const r = checkWith((dir) => withoutField(dir, 'gia-lai/people/tran-minh-khoa.yaml', field));
      expect(r.status).toBe(1);
      expect(r.out).toMatch(new RegExp(`content/gia-lai/people/tran-minh-khoa\\.yaml: (.* \\()?${field}\\)?: chưa có`));
    });

  it('fails when a spokesperson lacks the title', () => {
    const r = checkWith((dir) => {
      const path = join(dir, 'gia-lai/people/le-quang-vinh.yaml');
      // The title is a block of lines (one per locale): drop the block.
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title:\n(?:  .*\n)+/m, ''));
    });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/content\/gia-lai\/people\/le-quang-vinh\.yaml: (.* \()?title\)?: chưa có/);
  });
});
