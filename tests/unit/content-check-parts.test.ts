import { describe, it, expect } from 'vitest';
import { unsafeBody } from '../../src/lib/content-check/body-safety.ts';
import { brokenLinks, internalLinks, resolveLink } from '../../src/lib/content-check/links.ts';
import { valuesAt } from '../../src/lib/content-check/refs.ts';
import { parseEntry } from '../../src/lib/content-check/parse-entry.ts';
import { classify } from '../../src/editor/content-check/classify.ts';
import { fieldPath, plainMessage } from '../../src/lib/format-issues.ts';
import { sourceFingerprint } from '../../src/lib/translation-hash.ts';

describe('content safety', () => {
  it('lets plain prose, code samples and allowed components through', () => {
    expect(unsafeBody('Xin chào.\n\n```js\nimport x from "y"\n```\n\n<Gallery />', 'mdx')).toEqual([]);
  });
  it('rejects code in MDX and scripts anywhere', () => {
    const found = unsafeBody(
      'export const a = 1\n\n{danger()}\n\n<Map />\n\n<script>x</script>\n\n<a href="javascript:x">a</a>\n\n<b onclick="x">b</b>',
      'mdx',
    );
    expect(found.map((p) => p.line)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(unsafeBody('import x from "y"', 'md')).toEqual([]); // plain Markdown shows it as text
  });
});

describe('internal links', () => {
  it('finds site paths, not other sites or anchors', () => {
    const body = '[a](/vi/plans/x/) [b](https://x.example) [c](#top) <a href="../y/">y</a> [d](mailto:a@b.c)';
    expect(internalLinks(body).map((l) => l.target)).toEqual(['/vi/plans/x/', '../y/']);
  });
  it('resolves relative links from the page and reports dead ones', () => {
    expect(resolveLink('/vi/plans/a/', '../b')).toBe('/vi/plans/b/');
    expect(brokenLinks('[x](/vi/plans/b/#muc-1)', 'md', '/vi/press/a/', new Set(['/vi/plans/b/']))).toEqual([]);
    expect(brokenLinks('\n[x](/vi/nowhere/)', 'md', '/vi/press/a/', new Set())[0]).toMatchObject({ line: 2 });
  });
});

describe('reference paths', () => {
  it('reads values through lists, numbering positions from 1', () => {
    const data = { tasks: [{ lead: 'a', partners: ['b', 'c'] }, { partners: ['d'] }] };
    expect(valuesAt(data, 'tasks[].partners[]')).toEqual([
      { field: 'tasks[1].partners[1]', value: 'b' },
      { field: 'tasks[1].partners[2]', value: 'c' },
      { field: 'tasks[2].partners[1]', value: 'd' },
    ]);
    expect(valuesAt(data, 'tasks[].lead')).toEqual([{ field: 'tasks[1].lead', value: 'a' }]);
  });
});

describe('reading entries', () => {
  it('keeps dates as the text the editor wrote', () => {
    const parsed = parseEntry('a.md', '---\ndate: 2024-02-30\n---\nBody');
    expect(parsed).toMatchObject({ data: { date: '2024-02-30' }, body: 'Body', bodyLine: 4 });
  });
  it('says where YAML is broken and when front matter is missing', () => {
    expect(parseEntry('a.md', 'no front matter')).toMatchObject({ field: '(front matter)' });
    expect(parseEntry('a.yaml', 'a: [1,\nb: 2')).toMatchObject({ field: '(YAML)' });
  });
});

describe('where files belong', () => {
  const provinces = new Map([['gia-lai', { id: 'gia-lai', locales: ['vi', 'en', 'km'] }]]);
  it('reads concept, locale and slug from the path', () => {
    expect(classify('gia-lai/plans/en/ke-hoach-2024.md', provinces)).toMatchObject({
      type: 'entry',
      concept: 'plans',
      lang: 'en',
      slug: 'ke-hoach-2024',
    });
    expect(classify('national/legal/nghi-dinh-72.yaml', provinces)).toMatchObject({ type: 'entry', concept: 'legal' });
    expect(classify('gia-lai/images/a.jpg', provinces)).toEqual({ type: 'asset' });
  });
  it('explains misplaced files', () => {
    expect(classify('gia-lai/plans/ko/a.md', provinces)).toMatchObject({ field: '(locale folder)' });
    expect(classify('gia-lai/plans/vi/a.mdx', provinces)).toMatchObject({ field: '(file type)' });
    expect(classify('gia-lai/plans/vi/Ke Hoach.md', provinces)).toMatchObject({ field: '(file name)' });
    expect(classify('gia-lai/recipes/vi/a.md', provinces)).toMatchObject({ field: '(folder)' });
    expect(classify('hanoi/plans/vi/a.md', provinces)).toMatchObject({ field: '(folder)' });
  });
});

describe('messages', () => {
  it('counts list positions from 1', () => {
    expect(fieldPath(['tasks', 0, 'lead'])).toBe('tasks[1].lead');
  });
  it('says missing, wrong value, and unknown fields in plain words', () => {
    expect(plainMessage({ path: [], code: 'invalid_value', values: ['a'], message: '' })).toBe(
      'chưa có — hãy thêm trường này với một trong các giá trị: "a"',
    );
    expect(plainMessage({ path: [], code: 'invalid_value', values: ['a'], input: 'b', message: '' })).toMatch(
      /^"b" không có trong danh sách/,
    );
    expect(plainMessage({ path: [], code: 'unrecognized_keys', keys: ['capitalVnd'], message: '' })).toMatch(
      /^trường "capitalVnd" không có ở loại nội dung này/,
    );
  });
});

describe('translation fingerprints', () => {
  it('change with the text, not with the facts', () => {
    const a = sourceFingerprint({ title: 'A', capitalVnd: 1 }, 'Body', ['title']);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceFingerprint({ title: 'A', capitalVnd: 2 }, 'Body', ['title'])).toBe(a);
    expect(sourceFingerprint({ title: 'B', capitalVnd: 1 }, 'Body', ['title'])).not.toBe(a);
    expect(sourceFingerprint({ title: 'A' }, 'Body changed', ['title'])).not.toBe(a);
  });
});
