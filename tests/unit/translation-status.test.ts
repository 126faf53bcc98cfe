import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  summarize,
  translationStatus,
  translationsToStamp,
  fingerprintOf,
} from '../../src/editor/translation-status.ts';
import { stampTranslation } from '../../src/lib/translation-stamp.ts';
import { parseEntry, type Parsed } from '../../src/lib/content-check/parse-entry.ts';
import { checkContent } from '../../src/editor/content-check/check.ts';
import { concepts } from '../../src/schemas/registry.ts';
import type { ContentFile } from '../../src/lib/content-check/types.ts';

const provinces = new Map([['gia-lai', { id: 'gia-lai', locales: ['vi', 'en', 'km'] }]]);
const source = (title: string, capital = 1) =>
  `---\ntitle: ${title}\nsummary: Tóm tắt đủ dài của thông cáo.\nkind: release\ndate: 2024-05-0${capital}\nsample: true\n---\nNội dung thông cáo.\n`;
const english = (status: string, fingerprint?: string) =>
  `---\n# Translated by the desk\ntitle: Sample release\nsummary: A long enough summary.\ntranslation:\n  status: ${status}\n${fingerprint ? `  source: ${fingerprint}\n` : ''}---\nRelease text.\n`;

function files(vi: string, en?: string): ContentFile[] {
  const out = [{ path: 'gia-lai/province.yaml' }, { path: 'gia-lai/press/vi/thong-cao.md', text: vi }];
  return en ? [...out, { path: 'gia-lai/press/en/thong-cao.md', text: en }] : out;
}
const stateOf = (f: ContentFile[], locale = 'en') =>
  translationStatus(f, provinces).find((r) => r.locale === locale)!.state;
const fingerprint = (vi: string) => fingerprintOf(concepts.press, parseEntry('x.md', vi) as Parsed);

describe('translation status', () => {
  it('lets each file go once judged, so files read lazily are never all held at once', () => {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') throw new Error('no gc');
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    const pieces = 200;
    // 200 kB of text in each file (two bytes a character): what a judged file kept shows in the heap.
    const body = (i: number) => `\nNội dung ${i}.`.padEnd(100_000, ' Thêm.');
    let held = Infinity;
    function* lazily(): Generator<ContentFile> {
      const before = heap();
      for (let i = 0; i < pieces; i++) {
        yield { path: `gia-lai/press/vi/tin-${i}.md`, text: source(`Tin ${i}`) + body(i) };
        yield { path: `gia-lai/press/en/tin-${i}.md`, text: english('reviewed') + body(i) };
      }
      held = heap() - before;
    }
    const rows = translationStatus(lazily(), provinces);
    expect(rows.filter((r) => r.locale === 'en').map((r) => r.state)).toEqual(Array(pieces).fill('unstamped'));
    expect(held).toBeLessThan(10 * 2 ** 20); // 400 files of 200 kB were 80 MB
  });

  it('reports a locale without a file as missing, and names the file to create', () => {
    const rows = translationStatus(files(source('Thông cáo mẫu')), provinces);
    expect(rows.map((r) => [r.locale, r.state, r.file])).toEqual([
      ['en', 'missing', 'gia-lai/press/en/thong-cao.md'],
      ['km', 'missing', 'gia-lai/press/km/thong-cao.md'],
    ]);
  });

  it('tells drafts, unstamped and current translations apart', () => {
    const vi = source('Thông cáo mẫu');
    expect(stateOf(files(vi, english('draft', fingerprint(vi))))).toBe('draft');
    expect(stateOf(files(vi, english('reviewed')))).toBe('unstamped');
    expect(stateOf(files(vi, english('reviewed', fingerprint(vi))))).toBe('current');
  });

  it('marks a translation stale when its Vietnamese text changes, and the check warns too', () => {
    const before = source('Thông cáo mẫu');
    const en = english('reviewed', fingerprint(before));
    const after = source('Thông cáo mẫu đã sửa tiêu đề');
    expect(stateOf(files(after, en))).toBe('stale');
    const warnings = checkContent(files(after, en), provinces).warnings;
    expect(warnings.map((w) => w.file)).toEqual(['content/gia-lai/press/en/thong-cao.md']);
    expect(warnings[0]!.message).toMatch(/^bản dịch cũ: bản tiếng Việt đã sửa sau khi dịch/);
  });

  it('does not mark a translation stale when only a fact changes', () => {
    const before = source('Thông cáo mẫu', 1);
    const en = english('reviewed', fingerprint(before));
    expect(stateOf(files(source('Thông cáo mẫu', 2), en))).toBe('current');
  });

  it('makes a stale translation current again once stamped, keeping comments', () => {
    const after = source('Thông cáo mẫu đã sửa tiêu đề');
    const stale = english('reviewed', fingerprint(source('Thông cáo mẫu')));
    const stamped = stampTranslation(stale, fingerprint(after));
    expect(stamped).toContain('# Translated by the desk');
    expect(stamped).toMatch(/\n---\nRelease text\.\n$/);
    expect(stateOf(files(after, stamped))).toBe('current');
  });

  it('counts each state per province and locale', () => {
    const vi = source('Thông cáo mẫu');
    const [en, km] = summarize(translationStatus(files(vi, english('draft')), provinces));
    expect(en).toMatchObject({ locale: 'en', counts: { total: 1, draft: 1, missing: 0 } });
    expect(km).toMatchObject({ locale: 'km', counts: { total: 1, missing: 1 } });
  });
});

describe('the stamps CI writes after a merge', () => {
  const vi = source('Thông cáo mẫu');
  const changed = source('Thông cáo mẫu đã sửa');
  const toStamp = (f: ContentFile[], touched: string[] = []) =>
    translationsToStamp(translationStatus(f, provinces), new Set(touched)).map((r) => r.file);

  it('stamps a translation that has none, a draft included (made in the CMS, or before stamps existed)', () => {
    expect(toStamp(files(vi, english('reviewed')))).toEqual(['gia-lai/press/en/thong-cao.md']);
    expect(toStamp(files(vi, english('draft')))).toEqual(['gia-lai/press/en/thong-cao.md']);
  });

  it('re-stamps a translation the merge changed, and leaves one it did not touch stale', () => {
    const stale = files(changed, english('reviewed', fingerprint(vi)));
    expect(stateOf(stale)).toBe('stale');
    expect(toStamp(stale)).toEqual([]);
    expect(toStamp(stale, ['gia-lai/press/en/thong-cao.md'])).toEqual(['gia-lai/press/en/thong-cao.md']);
    // A changed source alone does not stamp its translation (that would hide the change).
    expect(toStamp(stale, ['gia-lai/press/vi/thong-cao.md'])).toEqual([]);
  });

  it('never stamps a translation that does not exist', () => {
    expect(toStamp(files(vi), ['gia-lai/press/en/thong-cao.md'])).toEqual([]);
  });
});
