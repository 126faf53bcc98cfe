import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlDir, validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { replacementOf } from '../../src/lib/plan-pages/unit-replacement.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const base = { name: { vi: 'Sở Thông tin và Truyền thông' }, kind: 'department', level: 'province' };
const errorsOf = (data: unknown) => validateEntries([{ slug: 'x', file: 'content/gia-lai/units/x.yaml', data }], unitSchema).errors;

describe('unitSchema: successors', () => {
  it('takes the units that took over, with the last day, and defaults to none', () => {
    expect(unitSchema.parse({ ...base, until: '2025-02-28', successors: ['so-khoa-hoc-va-cong-nghe'] }).successors).toEqual(['so-khoa-hoc-va-cong-nghe']);
    expect(unitSchema.parse(base).successors).toEqual([]);
  });

  it('refuses successors without the last day, and a successor that is not a slug', () => {
    expect(errorsOf({ ...base, successors: ['so-khoa-hoc-va-cong-nghe'] }).join('\n')).toMatch(/until/);
    expect(errorsOf({ ...base, until: '2025-02-28', successors: ['Sở Khoa học'] })).toHaveLength(1);
  });
});

describe('replacementOf', () => {
  const units = new Map([['so-tai-chinh', { slug: 'so-tai-chinh' }], ['so-khoa-hoc-va-cong-nghe', { slug: 'so-khoa-hoc-va-cong-nghe' }]]);
  it('gives the last day and the successors in the order listed', () => {
    expect(replacementOf({ until: '2025-02-28', successors: ['so-tai-chinh', 'so-khoa-hoc-va-cong-nghe'] }, units)).toEqual({
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

describe('Gia Lai units after the 1 March 2025 merger of departments', () => {
  const { items, errors } = validateEntries(readYamlDir(join(import.meta.dirname, '../../content/gia-lai/units')), unitSchema);
  const bySlug = new Map(items.map((u) => [u.slug, u]));
  it.each([
    ['so-thong-tin-va-truyen-thong', 'so-khoa-hoc-va-cong-nghe'],
    ['so-ke-hoach-va-dau-tu', 'so-tai-chinh'],
  ])('%s ended on 28 February 2025 and its work passed to %s, which exists', (slug, successor) => {
    expect(errors).toEqual([]);
    expect(replacementOf(bySlug.get(slug)!, bySlug)).toMatchObject({ until: '2025-02-28', successors: [{ slug: successor }] });
    expect(bySlug.get(successor)?.until).toBeUndefined();
  });
});
