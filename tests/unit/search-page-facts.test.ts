import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchSource } from '../../src/lib/search/index-page.ts';
import { searchFactsMemo, searchFactsOf } from '../../src/lib/search/page-facts.ts';

const page = (lang: string, body: string, attrs = ' data-pagefind-body=""') =>
  `<!doctype html><html lang="${lang}"><head><title>Hát Xoan</title></head><body><nav>Menu</nav><main${attrs}>${body}</main></body></html>`;

const hatXoan = page('vi', '<h1>Hát Xoan</h1><p>Di sản văn hoá phi vật thể.</p>');
const dated = (day: string) =>
  page('vi', `<h1>Lịch</h1><p data-pagefind-ignore="all">Cập nhật ngày ${day}</p><p>Ngày kỷ niệm.</p>`);
const listing = page('en', '<h1>Press releases</h1>', '');

describe('searchFactsOf', () => {
  it("gives an indexed page's language and the digest of what Pagefind reads of it", () => {
    expect(searchFactsOf(hatXoan)).toEqual({ lang: 'vi', hash: hash('sha1', searchSource(hatXoan), 'hex') });
  });
  it('gives nothing for a page Pagefind does not index (a listing)', () => {
    expect(searchFactsOf(listing)).toBeNull();
  });
  it('gives the same digest for pages that differ only in a part Pagefind ignores', () => {
    expect(searchFactsOf(dated('1/9'))).toEqual(searchFactsOf(dated('2/9')));
    expect(searchFactsOf(dated('1/9'))).not.toEqual(searchFactsOf(hatXoan));
  });
});

/** Runs one "build" over pages given as digest → text, counting the texts decoded. */
function build(saved: string | undefined, pages: Record<string, string>, version = 'v1') {
  const memo = searchFactsMemo(saved, version);
  let decoded = 0;
  const facts = Object.entries(pages).map(([digest, html]) =>
    memo.of(digest, () => {
      decoded++;
      return html;
    }),
  );
  return { facts, decoded, read: memo.read, saved: memo.serialize() };
}

describe('searchFactsMemo', () => {
  const site = { a: hatXoan, b: listing, c: dated('1/9') };
  const expected = [searchFactsOf(hatXoan), null, searchFactsOf(dated('1/9'))];

  it('reads every page of a first build, then none whose bytes it knows, with the same facts', () => {
    const first = build(undefined, site);
    expect(first).toMatchObject({ facts: expected, decoded: 3, read: 3 });
    const second = build(first.saved, site);
    expect(second).toMatchObject({ facts: expected, decoded: 0, read: 0 });
  });

  it('reads a page of new bytes and keeps only this build’s pages', () => {
    const first = build(undefined, site);
    const edited = build(first.saved, { a: hatXoan, d: dated('2/9') });
    expect(edited).toMatchObject({ facts: [expected[0], expected[2]], decoded: 1 });
    expect(Object.keys(JSON.parse(edited.saved).pages)).toEqual(['a', 'd']);
    // A page removed from the site is read again if it comes back.
    expect(build(edited.saved, { b: listing }).decoded).toBe(1);
  });

  it('reads a page once when two pages of a build have the same bytes', () => {
    const memo = searchFactsMemo(undefined, 'v1');
    memo.of('x', () => listing);
    expect(memo.of('x', () => hatXoan)).toBeNull();
    expect(memo.read).toBe(1);
  });

  it('reads every page again when the reading code changed, or the memo is damaged or of another shape', () => {
    const first = build(undefined, site);
    expect(build(first.saved, site, 'v2').decoded).toBe(3);
    expect(build(first.saved.slice(0, 40), site).decoded).toBe(3);
    expect(build(JSON.stringify({ version: 'v1', pages: { a: { lang: 'vi' } } }), site).decoded).toBe(3);
    expect(build('null', site).facts).toEqual(expected);
  });
});
