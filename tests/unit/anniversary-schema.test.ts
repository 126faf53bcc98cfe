import { describe, expect, it } from 'vitest';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { validateEntries } from '../../src/lib/read-yaml-dir.ts';
import { fieldName } from '../../src/lib/format-issues.ts';

const base = { title: { vi: 'Ngày X', en: 'X Day' }, kind: 'diplomatic', source: 'Một văn bản' };
/** ": <field by its label>: " as a message names it, for a pattern. */
const at = (field: string) => `: ${fieldName({ field }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `;
const errorsOf = (data: unknown) =>
  validateEntries([{ slug: 'x', file: 'content/national/anniversaries/x.yaml', data }], anniversarySchema).errors;

describe('anniversarySchema', () => {
  it('accepts a solar event and fills the defaults', () => {
    expect(anniversarySchema.parse({ ...base, date: '1967-06-24' })).toEqual({
      ...base,
      date: '1967-06-24',
      yearly: false,
      counted: true,
      sample: false,
    });
  });

  it('takes counted: false for an event whose count means nothing, and only a boolean', () => {
    expect(
      anniversarySchema.parse({ ...base, lunar: { month: 3, day: 10 }, since: 1917, yearly: true, counted: false })
        .counted,
    ).toBe(false);
    expect(errorsOf({ ...base, date: '1967-06-24', counted: 'no' })).toHaveLength(1);
  });

  it('accepts a lunar event with since', () => {
    const parsed = anniversarySchema.parse({ ...base, lunar: { month: 3, day: 10 }, since: 1917, yearly: true });
    expect(parsed.lunar).toEqual({ month: 3, day: 10, leap: false });
  });

  it('rejects an impossible date such as 2024-02-30, naming file and field', () => {
    const errors = errorsOf({ ...base, date: '2024-02-30' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^content/national/anniversaries/x\\.yaml${at('date')}`));
  });

  it('rejects a loose date format', () => {
    expect(errorsOf({ ...base, date: '24/6/1967' })[0]).toMatch(new RegExp(at('date')));
  });

  it('rejects an unknown key', () => {
    const errors = errorsOf({ ...base, date: '1967-06-24', dat: '1967-06-24' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/x\.yaml: dat: trường "dat" không có ở loại nội dung này/);
  });

  it('rejects an unknown key inside lunar', () => {
    expect(errorsOf({ ...base, lunar: { month: 3, day: 10, leapp: true }, since: 1917 })[0]).toMatch(
      /lunar\.leapp: trường "leapp" không có/,
    );
  });

  it('needs exactly one of date and lunar, and since only with lunar', () => {
    expect(errorsOf(base)[0]).toMatch(new RegExp(`${at('date')}chưa có ngày — hãy viết date`));
    expect(errorsOf({ ...base, date: '1967-06-24', lunar: { month: 3, day: 10 }, since: 1917 })[0]).toMatch(
      new RegExp(`${at('lunar')}có cả date và lunar`),
    );
    expect(errorsOf({ ...base, lunar: { month: 3, day: 10 } })[0]).toMatch(new RegExp(`${at('since')}chưa có since`));
    expect(errorsOf({ ...base, date: '1967-06-24', since: 1967 })[0]).toMatch(
      new RegExp(`${at('since')}since chỉ dùng cho ngày âm lịch`),
    );
  });

  it('rejects an unknown kind, a lunar month 13 and a title without Vietnamese', () => {
    expect(errorsOf({ ...base, date: '1967-06-24', kind: 'party' })[0]).toMatch(
      new RegExp(`${at('kind')}"party" không có trong danh sách — hãy viết một trong`),
    );
    expect(errorsOf({ ...base, lunar: { month: 13, day: 1 }, since: 2000 })[0]).toMatch(new RegExp(at('lunar.month')));
    expect(errorsOf({ ...base, date: '1967-06-24', title: { en: 'X Day' } })[0]).toMatch(new RegExp(at('title.vi')));
  });
});
