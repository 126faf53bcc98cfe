/** Each pass of the content check on its own (src/editor/content-check/passes/); checkContent runs them in this order. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concepts } from '../../src/schemas/registry.ts';
import { vi } from '../../src/lib/content-check/messages/index.ts';
import { provinceFileProblems, readEntries } from '../../src/editor/content-check/passes/read-files.ts';
import { duplicateSlugs } from '../../src/editor/content-check/passes/duplicate-slugs.ts';
import { indexEntries } from '../../src/editor/content-check/passes/entry-index.ts';
import { oldRateWarning, schemaProblems } from '../../src/editor/content-check/passes/entry-schema.ts';
import { unknownReferences } from '../../src/editor/content-check/passes/references.ts';
import {
  englishMissing,
  itemCountMismatches,
  missingSource,
  sourceOf,
  staleTranslation,
} from '../../src/editor/content-check/passes/translations.ts';
import {
  missingAttachments,
  sourcePictureProblems,
  translatedAltProblems,
} from '../../src/editor/content-check/passes/pictures-and-files.ts';
import { brokenInternalLinks, unsafeBodyProblems } from '../../src/editor/content-check/passes/body-links.ts';
import type { ContentFile } from '../../src/lib/content-check/types.ts';

const provinces = new Map([['tinh', { id: 'tinh', locales: ['vi', 'en'] }]]);
const press = (extra = '', body = 'Nội dung.') =>
  `---\ntitle: Thông cáo mẫu\nsummary: Một thông cáo mẫu để kiểm thử.\nkind: release\ndate: 2024-03-05\n${extra}---\n${body}\n`;
const place = (alt: string) =>
  `---\ntitle: Thác Mẫu\nsummary: Một điểm đến mẫu để kiểm thử.\nkind: landscape\nlocation: { name: { vi: Xã Mẫu }, lat: 14.0, lon: 108.0 }\ncover:\n  src: images/thac.jpg\n  alt: ${alt}\nsources: [{ title: Nguồn mẫu }]\n---\nThân bài.\n`;
/** Reads the files the way checkContent does, and indexes them. */
function read(files: ContentFile[]) {
  const present = new Set(files.map((f) => f.path));
  const { entries, errors } = readEntries(files, provinces, present, vi);
  const entry = (file: string) => entries.find((e) => e.file === file)!;
  return { entries, errors, entry, index: indexEntries(files, entries, present) };
}

describe('reading', () => {
  it('keeps the entries that parse and says where the others break', () => {
    const { entries, errors } = read([
      { path: 'tinh/press/vi/a.md', text: press() },
      { path: 'tinh/press/vi/b.md', text: '---\ntitle: [\n---\n' },
    ]);
    expect(entries.map((e) => e.file)).toEqual(['tinh/press/vi/a.md']);
    expect(errors).toMatchObject([{ file: 'content/tinh/press/vi/b.md' }]);
  });
  it('finds the logo province.yaml names missing beside it', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/content/fixture/province.yaml'), 'utf8');
    const file = { path: 'fixture/province.yaml', text };
    expect(provinceFileProblems(file, new Set(['fixture/logo.svg']), vi)).toEqual([]);
    expect(provinceFileProblems(file, new Set(), vi)).toMatchObject([
      { file: 'content/fixture/province.yaml', field: 'logo', message: vi.logoMissing('logo.svg') },
    ]);
  });
});

describe('duplicates', () => {
  it('points at the provincial copy of a slug the national folder already uses', () => {
    const event = 'title: { vi: Quốc khánh }\nkind: national\ndate: 1945-09-02\nsource: { title: Nguồn }\n';
    const { entries } = read([
      { path: 'tinh/anniversaries/quoc-khanh.yaml', text: event },
      { path: 'national/anniversaries/quoc-khanh.yaml', text: event },
    ]);
    expect(duplicateSlugs(entries, vi)).toEqual([
      {
        file: 'content/tinh/anniversaries/quoc-khanh.yaml',
        field: '(slug)',
        message: vi.slugTaken('quoc-khanh', 'content/national/anniversaries/quoc-khanh.yaml'),
      },
    ]);
  });
});

describe('the entry index', () => {
  it('knows a province’s Vietnamese slugs with the national ones, the versions of a piece, and the files of a folder', () => {
    const { index, entry } = read([
      { path: 'tinh/press/vi/a.md', text: press() },
      { path: 'tinh/press/en/a.md', text: press() },
      { path: 'tinh/images/x.jpg' },
    ]);
    expect([...index.ids('tinh', 'press')]).toEqual(['a']);
    expect(index.versionsOf(entry('tinh/press/en/a.md')).map((e) => e.lang)).toEqual(['vi', 'en']);
    expect(index.filesIn('tinh', 'images')).toEqual(['images/x.jpg']);
  });
});

describe('schemas', () => {
  it('gives the schema’s findings at the field’s line, and the parsed value when there are none', () => {
    const { entry } = read([
      { path: 'tinh/press/vi/a.md', text: press().replace('2024-03-05', '2024-02-30') },
      { path: 'tinh/press/vi/b.md', text: press() },
    ]);
    expect(schemaProblems(entry('tinh/press/vi/a.md'), vi).errors).toMatchObject([{ field: 'date', line: 5 }]);
    expect(schemaProblems(entry('tinh/press/vi/b.md'), vi)).toMatchObject({
      errors: [],
      parsed: { date: '2024-03-05' },
    });
  });
  it('warns of an exchange rate older than 90 days only with a build date', () => {
    const { entry } = read([
      { path: 'national/exchange-rates/usd.yaml', text: 'currency: USD\nvndPerUnit: 23898\ndate: 2023-08-25\n' },
    ]);
    const rate = entry('national/exchange-rates/usd.yaml');
    expect(oldRateWarning(rate, { date: '2023-08-25' }, vi, '2026-12-01')).toMatchObject({ field: 'date', line: 3 });
    expect(oldRateWarning(rate, { date: '2023-08-25' }, vi, undefined)).toBeUndefined();
  });
});

describe('references', () => {
  it('names a spokesperson that does not exist, with the closest one', () => {
    const { entry, index } = read([
      { path: 'tinh/press/vi/a.md', text: press('spokesperson: nguoi-phat-ngonn\n') },
      { path: 'tinh/people/nguoi-phat-ngon.yaml', text: 'name: A\n' },
    ]);
    expect(unknownReferences(entry('tinh/press/vi/a.md'), index, vi)).toEqual([
      {
        file: 'content/tinh/press/vi/a.md',
        field: 'spokesperson',
        line: 6,
        message: vi.unknownRef('nguoi-phat-ngonn', vi.concepts.people, 'tinh/people', 'nguoi-phat-ngon'),
      },
    ]);
  });
});

describe('translations', () => {
  const c = concepts.press;
  it('names the Vietnamese pieces a translation without its source could translate', () => {
    const { entry, index } = read([
      { path: 'tinh/press/en/the-release.md', text: press() },
      { path: 'tinh/press/vi/b.md', text: press() },
    ]);
    expect(missingSource(entry('tinh/press/en/the-release.md'), c, index, vi)).toMatchObject({
      field: '(file)',
      message: vi.noSource('tinh/press/vi/the-release.md', 'en', ['b']),
    });
  });
  it('counts the items of aligned lists, and finds a stale fingerprint', () => {
    const files = [
      {
        path: 'tinh/press/vi/a.md',
        text: press('attachments: [{ title: Tệp 1, file: files/a.pdf }, { title: Tệp 2, file: files/b.pdf }]\n'),
      },
      {
        path: 'tinh/press/en/a.md',
        text: press('attachments: [{ title: File 1 }]\ntranslation: { status: draft, source: abcdefabcdef }\n'),
      },
    ];
    const { entry, index } = read(files);
    const en = entry('tinh/press/en/a.md');
    const source = sourceOf(en, index)!;
    expect(itemCountMismatches(en, source, c, vi)).toMatchObject([
      { field: 'attachments', message: vi.itemCount(1, 2) },
    ]);
    expect(staleTranslation(en, source, c, vi)).toMatchObject({ field: 'translation.source', message: vi.stale });
  });
  it('counts the lists inside aligned items too: a unit’s duties split by an unquoted comma', () => {
    const plan = (lang: string, duties: string, extra = '') =>
      `---\ntitle: ${lang}\nsummary: s\n${extra}duties:\n${duties}\n---\nX\n`;
    const { entry, index } = read([
      {
        path: 'tinh/plans/vi/k.md',
        text: plan(
          'vi',
          '  - unit: a\n    items:\n      - Chủ trì, theo dõi và báo cáo.\n  - unit: b\n    items: [Phối hợp.]',
        ),
      },
      {
        path: 'tinh/plans/en/k.md',
        text: plan(
          'en',
          '  - items: [Lead, follow and report.]\n  - items: [Support.]',
          'translation: { status: draft }\n',
        ),
      },
    ]);
    const en = entry('tinh/plans/en/k.md');
    expect(itemCountMismatches(en, sourceOf(en, index)!, concepts.plans, vi)).toMatchObject([
      { field: 'duties[1].items', message: vi.itemCount(2, 1) },
    ]);
  });
  it('asks for the English version a concept requires', () => {
    const { entry, index } = read([{ path: 'tinh/pages/vi/about.md', text: '---\ntitle: Giới thiệu\n---\nX\n' }]);
    expect(englishMissing(entry('tinh/pages/vi/about.md'), concepts.pages, index, vi)).toMatchObject({
      field: '(translation)',
      message: vi.englishMissing('tinh/pages/en/about.md'),
    });
  });
});

describe('images and files', () => {
  it('finds a missing picture and an empty description in the source, and a missing one in a translation', () => {
    const { entry, index } = read([
      { path: 'tinh/places/vi/thac.md', text: place('" "') },
      {
        path: 'tinh/places/en/thac.md',
        text: '---\ntitle: Sample Falls\nsummary: A sample place for the tests.\n---\nBody.\n',
      },
      { path: 'tinh/images/thac-1.jpg' },
    ]);
    const vn = entry('tinh/places/vi/thac.md');
    expect(sourcePictureProblems(vn, concepts.places, index, vi).map((p) => [p.field, p.message])).toEqual([
      ['cover.src', vi.imageMissing('images/thac.jpg', 'content/tinh/images/thac.jpg', 'images/thac-1.jpg')],
      ['cover.alt', vi.altMissing('vi')],
    ]);
    expect(translatedAltProblems(entry('tinh/places/en/thac.md'), vn, concepts.places, vi)).toMatchObject([
      { field: 'cover.alt', message: vi.altMissing('en') },
    ]);
  });
  it('finds an attachment that is not in files/', () => {
    const { entry, index } = read([
      { path: 'tinh/press/vi/a.md', text: press('attachments: [{ title: Tệp, file: files/a.pdf }]\n') },
      { path: 'tinh/files/b.pdf' },
    ]);
    expect(missingAttachments(entry('tinh/press/vi/a.md'), index, vi)).toMatchObject([
      {
        field: 'attachments[1].file',
        message: vi.fileMissing('files/a.pdf', 'content/tinh/files/a.pdf', 'files/b.pdf'),
      },
    ]);
  });
});

describe('bodies', () => {
  it('counts the lines of unsafe markup and dead internal links from the top of the file', () => {
    const { entries, entry } = read([
      { path: 'tinh/press/vi/a.md', text: press('', 'Mở đầu.\n\n<script>x</script>\n\n[x](/vi/khong-co/)') },
    ]);
    expect(unsafeBodyProblems(entry('tinh/press/vi/a.md'), vi)).toMatchObject([{ field: '(text)', line: 9 }]);
    expect(brokenInternalLinks(entries, provinces, vi)).toMatchObject([
      { file: 'content/tinh/press/vi/a.md', field: '(text)', line: 11 },
    ]);
  });
});
