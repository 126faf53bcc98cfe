import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { entryChanges, parseNameStatus, type FileChange } from '../../src/editor/deploy/entry-changes.ts';
import type { ProvinceInfo } from '../../src/lib/content-check/types.ts';

const provinces = new Map<string, ProvinceInfo>([
  ['gia-lai', { id: 'gia-lai', locales: ['vi', 'en', 'km'], logo: 'logo.svg' }],
  ['phu-tho', { id: 'phu-tho', locales: ['vi', 'en', 'ko'] }],
]);
const of = (files: FileChange[], id: string) => entryChanges(files, provinces).find((p) => p.province === id)!;

describe('parseNameStatus: git diff --name-status -z --no-renames', () => {
  it('reads NUL-separated pairs, so a path with spaces or a line break stays whole', () => {
    expect(parseNameStatus('A\0content/a b.md\0M\0x\ny\0D\0z\0T\0w\0')).toEqual([
      { status: 'A', path: 'content/a b.md' },
      { status: 'M', path: 'x\ny' },
      { status: 'D', path: 'z' },
      { status: 'M', path: 'w' },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });
  it('refuses what --no-renames never prints (a rename would hide a removal) and a status without a path', () => {
    expect(() => parseNameStatus('R100\0a\0')).toThrow(/unexpected status "R100"/);
    expect(() => parseNameStatus('A\0')).toThrow(/without its path/);
  });
});

describe('entryChanges: files to entries per province', () => {
  it('a new piece in Vietnamese and English is one added entry naming both languages', () => {
    const p = of(
      [
        { status: 'A', path: 'content/gia-lai/press/vi/hop-bao.md' },
        { status: 'A', path: 'content/gia-lai/press/en/hop-bao.md' },
      ],
      'gia-lai',
    );
    expect(p.entries).toEqual([
      { kind: 'added', concept: 'press', slug: 'hop-bao', languages: ['en', 'vi'], national: false },
    ]);
    expect(of([{ status: 'A', path: 'content/gia-lai/press/vi/hop-bao.md' }], 'phu-tho').entries).toEqual([]);
  });
  it('a translation added to an existing piece changes the piece; removing the Vietnamese removes it', () => {
    expect(of([{ status: 'A', path: 'content/gia-lai/places/km/hat-xoan.mdx' }], 'gia-lai').entries).toEqual([
      { kind: 'changed', concept: 'places', slug: 'hat-xoan', languages: ['km'], national: false },
    ]);
    expect(
      of(
        [
          { status: 'D', path: 'content/gia-lai/places/vi/hat-xoan.mdx' },
          { status: 'D', path: 'content/gia-lai/places/en/hat-xoan.mdx' },
        ],
        'gia-lai',
      ).entries,
    ).toEqual([{ kind: 'removed', concept: 'places', slug: 'hat-xoan', languages: ['en', 'vi'], national: false }]);
  });
  it('data entries have no language; national ones count for every province', () => {
    const files: FileChange[] = [
      { status: 'M', path: 'content/gia-lai/units/so-ngoai-vu.yaml' },
      { status: 'A', path: 'content/national/legal/nghi-dinh-72-2015.yaml' },
    ];
    expect(of(files, 'gia-lai').entries).toEqual([
      { kind: 'added', concept: 'legal', slug: 'nghi-dinh-72-2015', languages: [], national: true },
      { kind: 'changed', concept: 'units', slug: 'so-ngoai-vu', languages: [], national: false },
    ]);
    expect(of(files, 'phu-tho').entries).toEqual([
      { kind: 'added', concept: 'legal', slug: 'nghi-dinh-72-2015', languages: [], national: true },
    ]);
  });
  it('province.yaml is the settings, pictures, attachments and the logo are counted, everything else is no entry', () => {
    const p = of(
      [
        { status: 'M', path: 'content/gia-lai/province.yaml' },
        { status: 'A', path: 'content/gia-lai/images/hat-xoan.jpg' },
        { status: 'D', path: 'content/gia-lai/files/ke-hoach/02-kh.pdf' },
        { status: 'M', path: 'content/gia-lai/logo.svg' },
        { status: 'M', path: 'src/pages/index.astro' },
        { status: 'A', path: 'content/gia-lai/press/vi/.hop-bao.md.swp' },
        { status: 'A', path: 'content/gia-lai/press/vi/Not A Slug.md' },
        { status: 'A', path: 'content/da-nang/press/vi/x.md' },
      ],
      'gia-lai',
    );
    expect(p).toEqual({ province: 'gia-lai', entries: [], settings: true, assets: 3 });
  });
  it('orders added, changed, removed, then by kind and slug', () => {
    const p = of(
      [
        { status: 'D', path: 'content/gia-lai/press/vi/a.md' },
        { status: 'M', path: 'content/gia-lai/press/vi/b.md' },
        { status: 'A', path: 'content/gia-lai/press/vi/d.md' },
        { status: 'A', path: 'content/gia-lai/plans/vi/c.md' },
      ],
      'gia-lai',
    );
    expect(p.entries.map((e) => `${e.kind} ${e.concept}/${e.slug}`)).toEqual([
      'added plans/c',
      'added press/d',
      'changed press/b',
      'removed press/a',
    ]);
  });

  it('from a real git history: a renamed piece is the old address removed and the new one added', () => {
    const repo = mkdtempSync(join(tmpdir(), 'portal-changes-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    };
    git('init', '-q');
    write('content/gia-lai/press/vi/cu.md', '---\ntitle: Cũ\n---\nMột nội dung đủ dài để git nhận ra đổi tên.\n');
    write('content/gia-lai/units/so.yaml', 'name: a\n');
    git('add', '-A');
    git('commit', '-qm', 'one');
    const first = git('rev-parse', 'HEAD').trim();
    renameSync(join(repo, 'content/gia-lai/press/vi/cu.md'), join(repo, 'content/gia-lai/press/vi/moi.md'));
    write('content/gia-lai/units/so.yaml', 'name: b\n');
    git('add', '-A');
    git('commit', '-qm', 'two');
    const diff = git('diff', '--name-status', '-z', '--no-renames', first, 'HEAD', '--', 'content/');
    expect(of(parseNameStatus(diff), 'gia-lai').entries.map((e) => `${e.kind} ${e.concept}/${e.slug}`)).toEqual([
      'added press/moi',
      'changed units/so',
      'removed press/cu',
    ]);
    rmSync(repo, { recursive: true, force: true });
  });
});
