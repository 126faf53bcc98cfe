import { afterEach, describe, expect, it } from 'vitest';
import { webAddress } from '../../src/schemas/web-address.ts';
import { isoDate } from '../../src/schemas/localized.ts';
import {
  DEFAULT_LAST_YEAR,
  FIRST_YEAR,
  dateWindow,
  dateWindowFor,
  setDateWindow,
  yearProblem,
} from '../../src/lib/date-window.ts';
import { describeFields } from '../../src/editor/schema-fields.ts';
import { unitSchema } from '../../src/schemas/unit.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { planSource } from '../../src/schemas/plan.ts';

const messages = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('webAddress', () => {
  it.each(['https://ttdn.gialai.gov.vn', 'http://example.vn/trang?a=1#b'])('accepts the web address %s', (url) => {
    expect(webAddress.safeParse(url).success).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', '"javascript:"'],
    ['JaVaScRiPt:alert(1)', '"javascript:"'],
    ['java\tscript:alert(1)', '"javascript:"'],
    ['\u0001javascript:alert(1)', '"javascript:"'],
    ['data:text/html,<script>alert(1)</script>', '"data:"'],
    ['vbscript:msgbox(1)', '"vbscript:"'],
    ['//evil.example', '"//"'],
    ['jav&#x61;script:alert(1)', 'không phải địa chỉ trang web đầy đủ'],
    ['mailto:ttdn@gialai.gov.vn', 'không phải địa chỉ trang web đầy đủ'],
    ['/vi/plans/', 'không phải địa chỉ trang web đầy đủ'],
  ])('refuses %j with one message in Vietnamese naming it', (url, named) => {
    const found = messages(webAddress.safeParse(url));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(named);
  });

  it('is still a URL field for the CMS config and entry templates', () => {
    expect(describeFields(unitSchema).find((f) => f.name === 'website')!.format).toBe('url');
  });
});

describe('dates inside a plausible window', () => {
  afterEach(() => setDateWindow({ firstYear: FIRST_YEAR, lastYear: DEFAULT_LAST_YEAR }));

  it('ends ten years after the build year', () => {
    expect(dateWindowFor('2024-06-01')).toEqual({ firstYear: 1800, lastYear: 2034 });
  });

  it('refuses 0000 and 9999 with the year and the window, once per mistake', () => {
    setDateWindow(dateWindowFor('2024-06-01'));
    expect(messages(isoDate.safeParse('0000-01-01'))).toEqual([
      expect.stringMatching(/^năm 0000 nằm ngoài khoảng cho phép \(1800–2034\)/),
    ]);
    expect(messages(isoDate.safeParse('9999-12-31'))).toEqual([expect.stringMatching(/^năm 9999 nằm ngoài/)]);
    expect(messages(isoDate.safeParse('0000-13-01'))).toHaveLength(1);
  });

  it('reads the window when it parses, so the check and the content config set it once', () => {
    expect(isoDate.safeParse('2040-01-01').success).toBe(true);
    setDateWindow(dateWindowFor('2024-06-01'));
    expect(dateWindow().lastYear).toBe(2034);
    expect(isoDate.safeParse('2034-12-31').success).toBe(true);
    expect(isoDate.safeParse('2035-01-01').success).toBe(false);
  });

  it('keeps the historical days the anniversary calendar counts from', () => {
    expect(yearProblem('1890-05-19')).toBeUndefined();
    expect(yearProblem('1799-12-31')).toMatch(/năm 1799/);
  });
});

describe('an end after its start', () => {
  const person = {
    name: 'Nguyễn Văn Mẫu',
    title: { vi: 'Chánh Văn phòng' },
    unit: 'ubnd-tinh',
    phone: '0200 000 002',
    email: 'a@fixture.example',
    languages: ['vi'],
    appointment: { number: '1/QĐ-MẪU', date: '2024-01-02', by: { vi: 'Chủ tịch' } },
    from: '2024-01-02',
  };
  const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('a spokesperson’s term: `to` on or after `from`', () => {
    expect(personSchema.safeParse({ ...person, to: '2024-01-02' }).success).toBe(true);
    expect(issues(personSchema.safeParse({ ...person, to: '2024-01-01' }))).toEqual([
      ['to', expect.stringMatching(/^ngày kết thúc 2024-01-01 trước ngày bắt đầu 2024-01-02/)],
    ]);
  });

  it('the anniversary calendar’s years: the last not before the first', () => {
    const province = {
      name: { vi: 'Tỉnh Mẫu', en: 'Sample Province' },
      locales: ['vi', 'en'],
      site: 'https://x.example',
      themeColor: '#0b5394',
      logo: 'logo.svg',
      agency: { name: { vi: 'Sở' }, address: { vi: 'Số 1' }, contacts: [{ label: { vi: 'TTĐN' } }] },
    };
    expect(provinceSchema.safeParse({ ...province, calendarYears: [2022, 2022] }).success).toBe(true);
    expect(issues(provinceSchema.safeParse({ ...province, calendarYears: [2030, 2020] }))).toEqual([
      ['calendarYears.1', expect.stringMatching(/^năm cuối 2020 trước năm đầu 2030/)],
    ]);
  });

  it('a plan’s reporting deadlines: not before the plan is issued', () => {
    const plan = {
      title: 'Kế hoạch mẫu',
      issuer: 'ubnd-tinh',
      year: 2024,
      level: 'province',
      area: 'tỉnh Mẫu',
      issuedOn: '2024-03-01',
    };
    expect(
      planSource.safeParse({ ...plan, reportingDeadlines: [{ due: '2024-03-01', what: 'báo cáo' }] }).success,
    ).toBe(true);
    expect(
      issues(
        planSource.safeParse({
          ...plan,
          reportingDeadlines: [{ what: 'báo cáo' }, { due: '2024-02-01', what: 'báo cáo' }],
        }),
      ),
    ).toEqual([['reportingDeadlines.1.due', expect.stringMatching(/^hạn 2024-02-01 trước ngày ban hành 2024-03-01/)]]);
  });
});
