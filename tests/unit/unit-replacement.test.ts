import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { predecessorsOf, replacementOf } from '../../src/lib/plan-pages/unit-replacement.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const base = { name: { vi: 'Sở Thông tin và Truyền thông' }, kind: 'department', level: 'province' };
const errorsOf = (data: unknown) =>
  validateEntries([{ slug: 'x', file: 'content/gia-lai/units/x.yaml', data }], unitSchema).errors;

describe('unitSchema: successors', () => {
  it('takes the units that took over, with the last day, and defaults to none', () => {
    expect(
      unitSchema.parse({ ...base, until: '2025-02-28', successors: ['so-khoa-hoc-va-cong-nghe'] }).successors,
    ).toEqual(['so-khoa-hoc-va-cong-nghe']);
    expect(unitSchema.parse(base).successors).toEqual([]);
  });

  it('refuses successors without the last day, and a successor that is not a slug', () => {
    expect(errorsOf({ ...base, successors: ['so-khoa-hoc-va-cong-nghe'] }).join('\n')).toMatch(/until/);
    expect(errorsOf({ ...base, until: '2025-02-28', successors: ['Sở Khoa học'] })).toHaveLength(1);
  });
});

describe('replacementOf', () => {
  const units = new Map([
    ['so-tai-chinh', { slug: 'so-tai-chinh' }],
    ['so-khoa-hoc-va-cong-nghe', { slug: 'so-khoa-hoc-va-cong-nghe' }],
  ]);
  it('gives the last day and the successors in the order listed', () => {
    expect(
      replacementOf({ until: '2025-02-28', successors: ['so-tai-chinh', 'so-khoa-hoc-va-cong-nghe'] }, units),
    ).toEqual({
      until: '2025-02-28',
      successors: [{ slug: 'so-tai-chinh' }, { slug: 'so-khoa-hoc-va-cong-nghe' }],
    });
  });
  it('has nothing to say for a unit that exists or ended without a successor', () => {
    expect(replacementOf({ successors: [] }, units)).toBeUndefined();
    expect(replacementOf({ until: '2025-06-30', successors: [] }, units)).toBeUndefined();
    expect(replacementOf({ until: '2025-06-30', successors: ['khong-co'] }, units)).toBeUndefined();
  });
});

describe('predecessorsOf', () => {
  const units = new Map([
    [
      'ubnd-xa-cao-xa',
      { slug: 'ubnd-xa-cao-xa', kind: 'people-committee', until: '2025-06-30', successors: ['ubnd-xa-ban-nguyen'] },
    ],
    [
      'dai-truyen-thanh-xa-cao-xa',
      { slug: 'dai-truyen-thanh-xa-cao-xa', kind: 'press', until: '2025-06-30', successors: ['ubnd-xa-ban-nguyen'] },
    ],
    [
      'cong-chuc-van-hoa-xa-hoi-xa-cao-xa',
      {
        slug: 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa',
        kind: 'other',
        until: '2025-06-30',
        successors: ['ubnd-xa-ban-nguyen'],
      },
    ],
    [
      'so-ke-hoach-va-dau-tu',
      { slug: 'so-ke-hoach-va-dau-tu', kind: 'department', until: '2025-02-28', successors: ['so-tai-chinh'] },
    ],
    ['ubnd-xa-ban-nguyen', { slug: 'ubnd-xa-ban-nguyen', kind: 'people-committee', successors: [] }],
    ['so-tai-chinh', { slug: 'so-tai-chinh', kind: 'department', successors: [] }],
  ]);
  it('lists the units whose work passed to this one, those of its own kind first, then by slug', () => {
    expect(predecessorsOf('ubnd-xa-ban-nguyen', units).map((u) => u.slug)).toEqual([
      'ubnd-xa-cao-xa',
      'cong-chuc-van-hoa-xa-hoi-xa-cao-xa',
      'dai-truyen-thanh-xa-cao-xa',
    ]);
    expect(predecessorsOf('so-tai-chinh', units).map((u) => u.slug)).toEqual(['so-ke-hoach-va-dau-tu']);
  });
  it('has none for a unit nothing passed to', () => {
    expect(predecessorsOf('ubnd-xa-cao-xa', units)).toEqual([]);
  });
});

/** The live provinces' units, read once per province. */
function unitsOf(province: string) {
  const { items, errors } = validateEntries(
    readYamlDir(join(import.meta.dirname, '../../content', province, 'units')),
    unitSchema,
  );
  return { errors, bySlug: new Map(items.map((u) => [u.slug, u])) };
}
const provinces = { 'gia-lai': unitsOf('gia-lai'), 'phu-tho': unitsOf('phu-tho') };

describe('units after the 2025 reforms (live provinces)', () => {
  it.each(Object.entries(provinces))('%s: its units read without errors', (_, { errors }) => {
    expect(errors).toEqual([]);
  });

  // Each case: the unit as plans name it, its last day and the units that took over, per the source in its file.
  it.each([
    // Departments merged on 1 March 2025.
    ['gia-lai', 'so-thong-tin-va-truyen-thong', '2025-02-28', ['so-khoa-hoc-va-cong-nghe']],
    ['gia-lai', 'so-ke-hoach-va-dau-tu', '2025-02-28', ['so-tai-chinh']],
    // The radio-television station into the newspaper, the newspaper into the merged province's press body.
    ['gia-lai', 'dai-phat-thanh-truyen-hinh-gia-lai', '2025-05-13', ['bao-gia-lai']],
    ['gia-lai', 'bao-gia-lai', '2025-06-30', ['bao-va-phat-thanh-truyen-hinh-gia-lai']],
    // The border guard command into a board under the provincial military command.
    ['gia-lai', 'bo-chi-huy-bo-doi-bien-phong-tinh', '2025-06-28', ['ban-chi-huy-bo-doi-bien-phong-tinh']],
    // Kon Gang, Hneng, Đak Krong and Nam Yang merged into a new Kon Gang commune (Resolution 1664/NQ-UBTVQH15).
    ['gia-lai', 'ubnd-xa-kon-gang', '2025-06-30', ['ubnd-xa-kon-gang-tu-2025']],
    ['gia-lai', 'cong-an-xa-kon-gang', '2025-06-30', ['cong-an-xa-kon-gang-tu-2025']],
    ['gia-lai', 'ban-chi-huy-quan-su-xa-kon-gang', '2025-06-30', ['ban-chi-huy-quan-su-xa-kon-gang-tu-2025']],
    ['gia-lai', 'cong-chuc-dia-chinh-nong-nghiep-xa-kon-gang', '2025-06-30', ['ubnd-xa-kon-gang-tu-2025']],
    ['gia-lai', 'cong-chuc-tai-chinh-ke-toan-xa-kon-gang', '2025-06-30', ['ubnd-xa-kon-gang-tu-2025']],
    ['gia-lai', 'cong-chuc-van-hoa-thong-tin-xa-kon-gang', '2025-06-30', ['ubnd-xa-kon-gang-tu-2025']],
    // Cao Xá, Vĩnh Lại and Bản Nguyên merged into Bản Nguyên commune (Resolution 1676/NQ-UBTVQH15).
    ['phu-tho', 'ubnd-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
    ['phu-tho', 'dang-uy-xa-cao-xa', '2025-06-30', ['dang-uy-xa-ban-nguyen']],
    ['phu-tho', 'cong-an-xa-cao-xa', '2025-06-30', ['cong-an-xa-ban-nguyen']],
    ['phu-tho', 'van-phong-hdnd-va-ubnd-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
    ['phu-tho', 'cong-chuc-dia-chinh-xay-dung-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
    ['phu-tho', 'cong-chuc-tai-chinh-ke-toan-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
    ['phu-tho', 'cong-chuc-van-hoa-xa-hoi-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
    ['phu-tho', 'dai-truyen-thanh-xa-cao-xa', '2025-06-30', ['ubnd-xa-ban-nguyen']],
  ] as const)('%s: %s ended on %s and its work passed to %j', (province, slug, until, successors) => {
    const { bySlug } = provinces[province];
    const unit = bySlug.get(slug);
    if (unit === undefined) throw new Error(`no unit ${slug} in ${province}`);
    expect(replacementOf(unit, bySlug)).toEqual({ until, successors: successors.map((s) => bySlug.get(s)) });
  });

  it('gia-lai: the provincial customs department ended when regional customs branches replaced them on 1 March 2025', () => {
    expect(provinces['gia-lai'].bySlug.get('cuc-hai-quan-gia-lai-kon-tum')?.until).toBe('2025-02-28');
  });

  it.each(Object.entries(provinces))(
    '%s: every district-level unit ended when districts did, on 30 June 2025',
    (_, { bySlug }) => {
      const districts = [...bySlug.values()].filter((u) => u.level === 'district');
      expect(districts.length).toBeGreaterThan(0);
      expect(districts.filter((u) => u.until !== '2025-06-30').map((u) => u.slug)).toEqual([]);
    },
  );

  it.each(Object.entries(provinces))(
    '%s: every chain of successors ends, later each step, in units that exist today',
    (_, { bySlug }) => {
      /** The replaced units whose chain breaks: a successor missing, ending no later than the unit, or itself ended without one. */
      const broken = [...bySlug.values()]
        .filter((u) => u.successors.length > 0)
        .flatMap((u) =>
          u.successors.flatMap((s) => {
            const next = bySlug.get(s);
            if (next === undefined) return [`${u.slug} → ${s}: no such unit`];
            if (next.until === undefined) return [];
            if (u.until === undefined || next.until <= u.until)
              return [`${u.slug} → ${s}: ends ${next.until}, not after ${u.until}`];
            return next.successors.length > 0 ? [] : [`${u.slug} → ${s}: ended ${next.until} without a successor`];
          }),
        );
      expect(broken).toEqual([]);
    },
  );
});
