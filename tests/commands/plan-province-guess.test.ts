import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/lib/plan-import/parse-plan.ts';
import { parse } from 'yaml';
import { guessProvince, provinceCandidate, type ProvinceCandidate } from '../../src/lib/plan-import/province-guess.ts';

const seeds = resolve('..', 'shared', 'seeds');
const script = resolve('scripts', 'import-plan.ts');
/** The Cao Xá units and the two provinces' names and predecessors, as public records have them (README.md there). */
const importerUnits = resolve('tests', 'fixtures', 'importer-units');
const seed = (name: string) => parsePlan(readFileSync(join(seeds, name), 'utf8'));
const provinces: ProvinceCandidate[] = [
  { id: 'gia-lai', names: ['Gia Lai'], unitSlugs: ['so-ngoai-vu', 'so-tai-chinh'] },
  { id: 'phu-tho', names: ['Phú Thọ'], unitSlugs: ['ubnd-xa-cao-xa', 'so-tai-chinh'] },
];

describe('the province a plan belongs to', () => {
  it.each([
    ['gia-lai-2024.txt', 'gia-lai', /văn bản nhắc "tỉnh Gia Lai" \d+ lần/u],
    ['kon-gang-2022.txt', 'gia-lai', /văn bản nhắc "tỉnh Gia Lai" 3 lần/u],
    [
      'cao-xa-2023.txt',
      'phu-tho',
      /văn bản nhắc "tỉnh Phú Thọ" \d+ lần; 1 đơn vị đã có trong content\/phu-tho\/units\/ \(ubnd-xa-cao-xa\)/u,
    ],
  ])('%s → %s, saying why', (name, id, why) => {
    const plan = seed(name);
    const guess = guessProvince(plan.text, plan.units, provinces);
    expect(guess?.id).toBe(id);
    expect(guess?.evidence.join('; ')).toMatch(why);
  });

  it('guesses nothing when the text points nowhere or to two provinces alike', () => {
    expect(guessProvince('Kế hoạch của xã', [], provinces)).toBeUndefined();
    expect(guessProvince('tỉnh Gia Lai và tỉnh Phú Thọ', ['Sở Tài chính'], provinces)).toBeUndefined();
  });
});

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-province-'));
  const provinces: [string, string][] = [
    ['gia-lai', 'Gia Lai'],
    ['phu-tho', 'Phú Thọ'],
  ];
  for (const [id, name] of provinces) {
    mkdirSync(join(dir, id, 'units'), { recursive: true });
    writeFileSync(join(dir, id, 'province.yaml'), `name:\n  vi: ${name}\n${id === 'gia-lai' ? 'default: true\n' : ''}`);
  }
  return dir;
}

const run = (args: string[], dir: string) =>
  new Promise<{ status: number; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } },
      (_e, _o, stderr) => done({ status: child.exitCode ?? -1, stderr }),
    );
  });

describe.concurrent('npm run import:plan without --province', () => {
  it('writes a Phú Thọ plan into phu-tho, not the default province, and says why', async () => {
    const dir = content();
    cpSync(join(importerUnits, 'phu-tho', 'units'), join(dir, 'phu-tho', 'units'), { recursive: true });
    const r = await run([join(seeds, 'cao-xa-2023.txt')], dir);
    expect(r.status).toBe(0);
    // The province's own units are found, "Công chức Văn hóa xã hội" included; none is proposed anew.
    expect(r.stderr).toContain(
      'cong-chuc-van-hoa-xa-hoi-xa-cao-xa — Công chức Văn hóa xã hội   [khớp với đơn vị có sẵn "Công chức Văn hóa - Xã hội xã Cao Xá"',
    );
    expect(r.stderr).not.toContain('[missing: create');
    expect(r.stderr).not.toContain('Schema check');
    expect(r.stderr).toMatch(
      /Tỉnh: phu-tho, suy ra từ văn bản \(văn bản nhắc "tỉnh Phú Thọ" \d+ lần; \d+ đơn vị đã có trong content\/phu-tho\/units\//u,
    );
    expect(existsSync(join(dir, 'phu-tho', 'plans', 'vi', '2023-ubnd-xa-cao-xa-ke-hoach-ttdn.md'))).toBe(true);
    expect(existsSync(join(dir, 'gia-lai', 'plans'))).toBe(false);
  });

  it('reports a --province that the text contradicts', async () => {
    const r = await run([join(seeds, 'cao-xa-2023.txt'), '--province', 'gia-lai'], content());
    expect(r.stderr).toMatch(/CHÚ Ý: bạn chọn --province gia-lai, nhưng văn bản chỉ về tỉnh phu-tho/u);
  });
});

describe('former provinces (2025 mergers) point to the province that holds them now', () => {
  const fromFile = (id: string): ProvinceCandidate =>
    provinceCandidate(id, parse(readFileSync(join(importerUnits, id, 'province.yaml'), 'utf8')), []);
  const real = [fromFile('gia-lai'), fromFile('phu-tho')];

  it('reads the names and the predecessors of <id>/province.yaml, leaving out the province itself "(cũ)"', () => {
    expect(real[0]).toEqual({ id: 'gia-lai', names: ['Gia Lai'], formerNames: ['Bình Định'], unitSlugs: [] });
    expect(real[1]).toEqual({
      id: 'phu-tho',
      names: ['Phú Thọ'],
      formerNames: ['Vĩnh Phúc', 'Hòa Bình'],
      unitSlugs: [],
    });
  });

  it.each([
    [
      'UBND xã Cát Hanh, huyện Phù Cát, tỉnh Bình Định ban hành Kế hoạch',
      'gia-lai',
      'văn bản nhắc "tỉnh Bình Định" 1 lần (tỉnh cũ, nay thuộc gia-lai)',
    ],
    [
      'Sở Ngoại vụ tỉnh Vĩnh Phúc; các huyện của tỉnh Vĩnh Phúc',
      'phu-tho',
      'văn bản nhắc "tỉnh Vĩnh Phúc" 2 lần (tỉnh cũ, nay thuộc phu-tho)',
    ],
    [
      'UBND huyện Mai Châu, tỉnh Hoà Bình',
      'phu-tho',
      'văn bản nhắc "tỉnh Hòa Bình" 1 lần (tỉnh cũ, nay thuộc phu-tho)',
    ],
  ])('%s → %s', (text, id, why) => {
    const guess = guessProvince(text, [], real);
    expect(guess?.id).toBe(id);
    expect(guess?.evidence).toContain(why);
  });
});
