import { describe, expect, it } from 'vitest';
import { ALIAS_MARK } from '../../src/lib/search/aliases.ts';
import {
  isIndexable,
  searchCopy,
  searchSource,
  urlOfFile,
  withSearchAliases,
} from '../../src/lib/search/index-page.ts';

const page = (main: string, mainAttrs = ' data-pagefind-body=""') =>
  `<html lang="vi"><head><title>Đak Đoa</title></head><body><main${mainAttrs}>${main}</main></body></html>`;

describe('isIndexable', () => {
  it('indexes a page whose main is marked as the search body', () => {
    expect(isIndexable(page('<h1>Hát Xoan</h1>'))).toBe(true);
  });
  it('skips listings (no search body) and fallbacks (the Vietnamese text under another locale)', () => {
    expect(isIndexable(page('<h1>Plans</h1>', ''))).toBe(false);
    expect(isIndexable(page('<p class="portal-notice" data-notice="fallback">…</p><h1>Đak Đoa</h1>'))).toBe(false);
    expect(
      isIndexable(
        page(
          '<p class="portal-notice" data-notice="fallback"><span lang="km" data-fallback="whole">…</span></p><h1>Đak Đoa</h1>',
        ),
      ),
    ).toBe(false);
  });
  it('indexes a piece translated in part: its title and summary are in the page language (the rest is marked data-pagefind-ignore)', () => {
    expect(
      isIndexable(
        page(
          '<p class="portal-notice" data-notice="fallback"><span lang="km" data-fallback="partial">…</span></p><h1>ផែនការ</h1>',
        ),
      ),
    ).toBe(true);
  });
});

describe('urlOfFile', () => {
  it('maps built files to the URLs readers use', () => {
    expect(urlOfFile('vi/plans/ke-hoach/index.html')).toBe('/vi/plans/ke-hoach/');
    expect(urlOfFile('en\\index.html')).toBe('/en/');
    expect(urlOfFile('vi/404.html')).toBe('/vi/404');
  });
});

describe('withSearchAliases', () => {
  it('adds aliases to body text only, not to the head, attributes or scripts', () => {
    const html = page('<h1 title="Đak">Đak Đoa</h1><script>const đ = 1;</script><p>đối ngoại</p>');
    const out = withSearchAliases(html);
    expect(out).toContain(`<h1 title="Đak">Đak ${ALIAS_MARK}Dak Đoa ${ALIAS_MARK}Doa</h1>`);
    expect(out).toContain('<script>const đ = 1;</script>');
    expect(out).toContain(`<p>đối ${ALIAS_MARK}dối ngoại</p>`);
    expect(out).toContain('<title>Đak Đoa</title>');
  });
});

describe('searchCopy', () => {
  it('keeps the locale, the title and <main> with its aliases, and drops the chrome around it', () => {
    const html =
      '<!doctype html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><title>Đak Đoa · Gia Lai</title><link rel="stylesheet" href="/a.css"></head>' +
      '<body><header><nav><a href="/vi/">Trang chủ</a></nav></header><main id="main" data-pagefind-body><h1>Đak Đoa</h1><span hidden data-pagefind-filter="type:Kế hoạch"></span></main><footer>Đơn vị</footer></body></html>';
    const out = searchCopy(html);
    expect(out).toContain('<html lang="vi" dir="ltr">');
    expect(out).toContain('<title>Đak Đoa · Gia Lai</title>');
    expect(out).toContain(
      `<main id="main" data-pagefind-body><h1>Đak ${ALIAS_MARK}Dak Đoa ${ALIAS_MARK}Doa</h1><span hidden data-pagefind-filter="type:Kế hoạch"></span></main>`,
    );
    expect(out).not.toContain('Trang chủ');
    expect(out).not.toContain('Đơn vị');
    expect(out).not.toContain('stylesheet');
  });

  it('keeps the words of adjacent terms, cells and blocks apart', () => {
    const out = searchCopy(
      '<html lang="en"><head><title>x</title></head><body><main data-pagefind-body><dl><dt>Responsible unit</dt><dd>Gia Lai Economic Zone Authority</dd><dt>Investor enquiries</dt></dl></main></body></html>',
    );
    expect(out).toContain(
      '<dt>Responsible unit</dt> <dd>Gia Lai Economic Zone Authority</dd> <dt>Investor enquiries</dt> ',
    );
  });

  it('reads the whole page when it has no <main>', () => {
    const html =
      '<html lang="vi"><head><title>x</title></head><body><div data-pagefind-body><p>đối ngoại</p></div><footer>Đơn vị</footer></body></html>';
    const out = searchCopy(html);
    expect(out).toContain(`<p>đối ${ALIAS_MARK}dối ngoại</p>`);
    expect(out).toContain(`<footer>Đơn ${ALIAS_MARK}Dơn vị</footer>`);
  });
});

describe('searchSource (what Pagefind reads, and what a search shard’s fingerprint digests)', () => {
  const dated = (date: string, body = 'Người phát ngôn') =>
    `<html lang="vi"><head><title>Phát ngôn</title></head><body><header>${date}</header><main data-pagefind-body><h1>${body}</h1><p data-pagefind-ignore="all">Danh sách đúng đến ngày ${date}</p><p data-pagefind-ignore>Mục lục</p></main><footer>${date}</footer></body></html>`;

  it('is the same for a page that differs only in a part Pagefind reads nothing of (the build date)', () => {
    expect(searchSource(dated('1 tháng 6'))).toBe(searchSource(dated('2 tháng 6')));
    expect(searchSource(dated('1 tháng 6'))).not.toContain('Danh sách đúng đến');
  });

  it('changes with the indexed text, and keeps parts ignored only for their text (their filters count)', () => {
    expect(searchSource(dated('1 tháng 6'))).not.toBe(searchSource(dated('1 tháng 6', 'Người phát ngôn mới')));
    expect(searchSource(dated('1 tháng 6'))).toContain('<p data-pagefind-ignore="">Mục lục</p>');
  });

  it('is the search copy before its aliases', () => {
    expect(searchCopy(dated('1 tháng 6'))).toBe(withSearchAliases(searchSource(dated('1 tháng 6'))));
  });
});
