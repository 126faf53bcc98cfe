import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import {
  addToHistory,
  changesFeed,
  HISTORY_LENGTH,
  headline,
  parseHistory,
  summaryMarkdown,
  type DeployRecord,
} from '../../src/editor/deploy/deploy-record.ts';

const sha = (c: string) => c.repeat(40);
const record = (commit: string, over: Partial<DeployRecord> = {}): DeployRecord => ({
  commit,
  since: null,
  date: '2025-07-01T02:00:00.000Z',
  settings: false,
  assets: 0,
  entries: [
    { kind: 'added', concept: 'press', slug: 'hop-bao-quy-3', languages: ['en', 'vi'], national: false },
    { kind: 'changed', concept: 'units', slug: 'so-ngoai-vu', languages: [], national: false },
    { kind: 'removed', concept: 'places', slug: 'cu', languages: ['vi'], national: false },
  ],
  ...over,
});
const url = 'https://owner.github.io/ttdn/gia-lai/';

describe('the deploy history a portal publishes', () => {
  it('reads back only a well-formed history (it comes over the network); anything else is a first deploy', () => {
    const good = [record(sha('a'))];
    expect(parseHistory(JSON.stringify(good))).toEqual(good);
    expect(parseHistory(undefined)).toEqual([]);
    expect(parseHistory('<html>404</html>')).toEqual([]);
    expect(parseHistory(JSON.stringify([{ ...good[0], commit: 'HEAD; rm -rf /' }]))).toEqual([]);
    expect(parseHistory(JSON.stringify([{ ...good[0], entries: [{ ...good[0]!.entries[0], slug: '../x' }] }]))).toEqual(
      [],
    );
  });
  it('keeps the newest first, one record per commit, at most HISTORY_LENGTH', () => {
    const many = Array.from({ length: HISTORY_LENGTH }, (_, i) => record(i.toString(16).padStart(40, '0')));
    const next = addToHistory(many, record(sha('f')));
    expect(next).toHaveLength(HISTORY_LENGTH);
    expect(next[0]!.commit).toBe(sha('f'));
    expect(addToHistory([record(sha('a'))], record(sha('a')))).toHaveLength(1);
  });
  it('says in a line how much changed', () => {
    expect(headline(record(sha('a')))).toBe('1 mục mới, 1 mục sửa, 1 mục gỡ');
    expect(headline(record(sha('a'), { entries: [], settings: true, assets: 2 }))).toBe(
      'cấu hình tỉnh, 2 tệp ảnh/đính kèm',
    );
    expect(headline(record(sha('a'), { entries: [] }))).toBe('không đổi nội dung (chỉ mã nguồn)');
  });
  it('the job summary names each entry by the kind editors know, links the pages that exist, and cuts long lists', () => {
    const md = summaryMarkdown('Gia Lai', url, 'vi', record(sha('b'), { since: sha('a') }));
    expect(md).toContain('So với bản đã xuất bản `aaaaaaa` → `bbbbbbb`');
    expect(md).toContain(
      '- Thông cáo báo chí «hop-bao-quy-3» (en, vi) — <https://owner.github.io/ttdn/gia-lai/vi/press/hop-bao-quy-3/>',
    );
    expect(md).toContain('- Cơ quan, đơn vị «so-ngoai-vu»\n');
    expect(md).toContain('- Di sản, địa danh quảng bá «cu» (vi)\n');
    const long = record(sha('b'), {
      entries: Array.from({ length: 5 }, (_, i) => ({
        kind: 'added' as const,
        concept: 'press' as const,
        slug: `p-${i}`,
        languages: ['vi'],
        national: false,
      })),
    });
    expect(summaryMarkdown('Gia Lai', url, 'vi', long, 2)).toContain(`- … và 3 mục khác (xem ${url}changes.xml)`);
  });
  it("the feed is RSS a reader parses: one item per deploy, newest first, with links under the portal's path", async () => {
    const xml = await changesFeed('Gia Lai', url, 'vi', [record(sha('b'), { since: sha('a') }), record(sha('a'))]);
    const rss = new XMLParser().parse(xml).rss.channel;
    expect(rss.title).toBe('Gia Lai: những gì đã thay đổi trên cổng thông tin');
    expect(rss.link).toBe(url);
    expect(rss.item).toHaveLength(2);
    expect(rss.item[0].guid).toBe(sha('b'));
    expect(rss.item[0].title).toMatch(/^Xuất bản 01\/07\/2025 lúc 09:00: 1 mục mới, 1 mục sửa, 1 mục gỡ$/);
    expect(rss.item[0].description).toContain(
      '<a href="https://owner.github.io/ttdn/gia-lai/vi/press/hop-bao-quy-3/">Thông cáo báo chí «hop-bao-quy-3» (en, vi)</a>',
    );
  });
});
