import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repeatedWords } from '../../src/lib/repeated-words.ts';

const root = resolve(import.meta.dirname, '..', '..');
const seeds = resolve(root, '..', 'shared', 'seeds');
const cspell = (args: string[]) =>
  spawnSync(
    join(root, 'node_modules', '.bin', 'cspell'),
    ['lint', '--no-progress', '--no-summary', '--config', join(root, 'cspell.config.yaml'), ...args],
    { cwd: root, encoding: 'utf8' },
  );

describe('spell check of content', () => {
  it('finds the non-word and the word missing its diacritics in the seed plans, and nothing else', () => {
    const found = cspell(['--locale', 'vi', '--no-gitignore', '--root', seeds, '*.txt']).stdout.trim().split('\n');
    expect(found).toEqual([
      'cao-xa-2023.txt:207:37 - Unknown word (xn)',
      'cao-xa-2023.txt:307:23 - Unknown word (lien)',
    ]);
    const line = readFileSync(join(seeds, 'cao-xa-2023.txt'), 'utf8').split('\n')[206]!;
    expect(line).toContain('trên địa bàn xn');
  });

  it('finds repeated words of the kind plans slip into, across line breaks, and none in the seeds as written', () => {
    expect(repeatedWords('Phối hợp với các các ngành, các cơ cơ quan liên quan')).toEqual([
      { word: 'các', line: 1, column: 18 },
      { word: 'cơ', line: 1, column: 36 },
    ]);
    expect(repeatedWords('tuyên truyền đến các\ncác tầng lớp nhân dân').map((r) => [r.word, r.line, r.column])).toEqual(
      [['các', 2, 1]],
    );
    expect(repeatedWords('hoàn thành thành công; dần dần; Kế hoạch I, II; VH-TT TT')).toEqual([]);
    for (const seed of readdirSync(seeds))
      expect(repeatedWords(readFileSync(join(seeds, seed), 'utf8')), seed).toEqual([]);
  });

  it('reports every slip in a Vietnamese and an English piece, with file, line and column, without failing', () => {
    const dir = 'tests/fixtures/editors/content/gia-lai/press';
    const run = spawnSync(
      process.execPath,
      ['scripts/spell.ts', `${dir}/vi/thong-cao-co-loi.md`, `${dir}/en/thong-cao-co-loi.md`],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '', CONTENT_DIR: 'tests/fixtures/editors/content' },
      },
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith(dir))
      .map((l) => l.replace(/ — .*$/, '').replace(dir, ''));
    expect(lines).toEqual([
      '/en/thong-cao-co-loi.md:3:42: "recieve": có thể sai chính tả / possible misspelling',
      '/en/thong-cao-co-loi.md:3:54: "the the": từ lặp / word repeated',
      '/vi/thong-cao-co-loi.md:4:27: "các các": từ lặp / word repeated',
      '/vi/thong-cao-co-loi.md:4:47: "cơ cơ": từ lặp / word repeated',
      '/vi/thong-cao-co-loi.md:10:69: "xn": có thể sai chính tả / possible misspelling',
      '/vi/thong-cao-co-loi.md:12:21: "lien": có thể sai chính tả / possible misspelling',
    ]);
    expect(run.stdout).toMatch(/"lien".*suggestions: liên/);
  });

  it('turns findings into pull-request annotations on GitHub Actions', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/spell.ts', 'tests/fixtures/editors/content/gia-lai/press/vi/thong-cao-co-loi.md'],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          GITHUB_ACTIONS: 'true',
          GITHUB_STEP_SUMMARY: '',
          CONTENT_DIR: 'tests/fixtures/editors/content',
        },
      },
    );
    expect(run.stdout).toContain(
      '::warning file=tests/fixtures/editors/content/gia-lai/press/vi/thong-cao-co-loi.md,line=10,col=69,title=Chính tả / Spelling::"xn"',
    );
    expect(run.status).toBe(0);
  });
});
