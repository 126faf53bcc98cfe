import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { linkHeldPlans } from '../../src/lib/plan-import/held-plans.ts';
import { unitSlug } from '../../src/lib/plan-import/unit-slug.ts';
import { expandAbbreviations } from '../../src/lib/plan-import/units.ts';

const slugOf = (name: string): string => unitSlug(expandAbbreviations(name));
const laoThao = {
  kind: 'Kế hoạch',
  number: '38/KH-UBND',
  date: '2023-03-08',
  issuer: 'Ủy ban nhân dân huyện Lâm Thao',
};
const held = [
  {
    slug: '2023-ubnd-huyen-lam-thao-ke-hoach-ttdn',
    number: '38/KH-UBND',
    issuer: slugOf('Ủy ban nhân dân huyện Lâm Thao'),
    issuedOn: '2023-03-08',
  },
];

describe('links to plans the province holds', () => {
  it('a "Căn cứ Kế hoạch số …" the province holds becomes the plan this one implements', () => {
    const decree = { kind: 'Nghị định', number: '72/2015/NĐ-CP' };
    const linked = linkHeldPlans([decree, laoThao], [], held, slugOf);
    expect(linked.basis).toEqual([decree]);
    expect(linked.implements).toEqual([{ ...laoThao, plan: '2023-ubnd-huyen-lam-thao-ke-hoach-ttdn' }]);
    expect(linked.links[0]).toMatch(/^Căn cứ Kế hoạch số 38\/KH-UBND → 2023-ubnd-huyen-lam-thao-ke-hoach-ttdn/u);
  });

  it('a "Thực hiện Kế hoạch số …" gets the link', () => {
    expect(linkHeldPlans([], [laoThao], held, slugOf).implements).toEqual([
      { ...laoThao, plan: '2023-ubnd-huyen-lam-thao-ke-hoach-ttdn' },
    ]);
  });

  it('a number alone is no link: another issuer, another date, or a plan we do not hold stay as written', () => {
    const other = { ...laoThao, issuer: 'UBND huyện Đak Đoa' };
    const later = { ...laoThao, date: '2024-03-08' };
    const unknown = { ...laoThao, number: '39/KH-UBND' };
    const linked = linkHeldPlans([other, later, unknown], [], held, slugOf);
    expect(linked).toEqual({ basis: [other, later, unknown], implements: [], links: [] });
  });
});

describe('npm run import:plan links the Cao Xá seed to the district plan it rests on', () => {
  it('writes implements[].plan when content holds Kế hoạch 38/KH-UBND of Lâm Thao', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-held-'));
    mkdirSync(join(dir, 'phu-tho', 'plans', 'vi'), { recursive: true });
    writeFileSync(join(dir, 'phu-tho', 'province.yaml'), 'name:\n  vi: Phú Thọ\n');
    // The Cao Xá units and the Lâm Thao district committee, as public records name them.
    cpSync(resolve('tests', 'fixtures', 'importer-units', 'phu-tho', 'units'), join(dir, 'phu-tho', 'units'), {
      recursive: true,
    });
    writeFileSync(
      join(dir, 'phu-tho', 'plans', 'vi', '2023-ubnd-huyen-lam-thao-ke-hoach-ttdn.md'),
      '---\ntitle: Hoạt động thông tin đối ngoại huyện Lâm Thao năm 2023\nnumber: 38/KH-UBND\nissuer: ubnd-huyen-lam-thao\nissuedOn: 2023-03-08\nyear: 2023\nlevel: district\narea: huyện Lâm Thao\n---\n\nNội dung.\n',
    );
    const r = spawnSync(
      process.execPath,
      [resolve('scripts', 'import-plan.ts'), resolve('..', 'shared', 'seeds', 'cao-xa-2023.txt')],
      { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Căn cứ Kế hoạch số 38/KH-UBND → 2023-ubnd-huyen-lam-thao-ke-hoach-ttdn');
    const written = readFileSync(join(dir, 'phu-tho', 'plans', 'vi', '2023-ubnd-xa-cao-xa-ke-hoach-ttdn.md'), 'utf8');
    const data = parse(written.split('---\n')[1] ?? '') as { basis?: unknown[]; implements?: unknown[] };
    expect(data.basis).toBeUndefined();
    expect(data.implements).toEqual([{ ...laoThao, plan: '2023-ubnd-huyen-lam-thao-ke-hoach-ttdn' }]);
  });
});
