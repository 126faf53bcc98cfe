/**
 * `npm run translations`: each heading says what its table lists, in Vietnamese first, then in
 * English. The item-by-item table counts what is translated into each locale; it said "What
 * readers still meet in Vietnamese", though a Khmer reader meets an untranslated item in English
 * (the fallback chain km → en → vi).
 */
import { describe, expect, it } from 'vitest';
import { formatTranslationReport, reportHeadings } from '../../src/editor/translation-report.ts';
import { coverageKinds, type CoverageRow } from '../../src/editor/translation-coverage.ts';

const counts = (done: number, total: number) =>
  Object.fromEntries(coverageKinds.map((k) => [k, { done, total }])) as CoverageRow['counts'];
const report = formatTranslationReport({
  ids: ['gia-lai', 'tinh-moi'],
  summary: [
    {
      province: 'gia-lai',
      locale: 'km',
      counts: { total: 2, current: 0, draft: 1, stale: 0, unstamped: 0, missing: 1 },
    },
  ],
  listed: [
    {
      province: 'gia-lai',
      locale: 'km',
      concept: 'places',
      slug: 'bien-ho',
      source: 'gia-lai/places/vi/bien-ho.mdx',
      file: 'gia-lai/places/km/bien-ho.mdx',
      state: 'draft',
      draft: true,
      stamped: true,
    },
    {
      province: 'gia-lai',
      locale: 'km',
      concept: 'press',
      slug: 'hop-bao',
      source: 'gia-lai/press/vi/hop-bao.md',
      file: 'gia-lai/press/km/hop-bao.md',
      state: 'missing',
      draft: false,
      stamped: false,
    },
  ],
  all: false,
  coverage: {
    rows: [{ province: 'gia-lai', locale: 'km', counts: counts(1, 2) }],
    gaps: [
      {
        province: 'gia-lai',
        locale: 'km',
        kind: 'titleSummary',
        file: 'gia-lai/press/km/hop-bao.md',
        where: 'title, summary',
      },
    ],
  },
});
const lines = report.split('\n');
/** The line just above the table whose header starts with the words of `head`. */
const headingOf = (head: string) => lines[lines.findIndex((l) => l.split(/\s+/).slice(0, 3).join(' ') === head) - 1]!;

describe('the translation report', () => {
  it('says the item-by-item table counts what is translated into each language, not what is read in Vietnamese', () => {
    const heading = headingOf('province locale titleSummary');
    expect(heading).toBe(`${reportHeadings.coverage}:`);
    expect(heading).toMatch(/^Đã dịch sang từng ngôn ngữ, theo từng mục/u);
    expect(heading).toContain('Translated into each language, item by item');
    expect(heading).toContain('km → en → vi');
    expect(report).not.toMatch(/meet in Vietnamese|read in Vietnamese/i);
    expect(lines).toContain(
      'gia-lai   km      1/2*          1/2       1/2    1/2     1/2        1/2          1/2       1/2      1/2',
    );
  });

  it('heads every table in Vietnamese, then English', () => {
    for (const head of [
      'province locale pieces',
      'state locale file',
      'province locale titleSummary',
      'kind locale file',
    ]) {
      const heading = headingOf(head);
      const [vietnamese, english] = heading.split(' · ');
      expect(vietnamese, heading).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
      expect(english, heading).toMatch(/^[A-Z][\x20-\x7e→]*$/u);
    }
    expect(headingOf('state locale file')).toBe(`${reportHeadings.todo}:`);
    expect(headingOf('kind locale file')).toBe(`${reportHeadings.gaps(1)}:`);
  });

  it('names a province with no Vietnamese piece, and every state, in both languages', () => {
    expect(lines).toContain('tinh-moi: chưa có bài tiếng Việt nào · no Vietnamese pieces yet');
    const legend = report.slice(report.lastIndexOf('\n\n') + 2).split('\n');
    expect(legend).toHaveLength(2);
    expect(legend[0]).toContain('stale: bản tiếng Việt đã đổi');
    expect(legend[1]).toContain('stale: the Vietnamese changed since');
  });
});
