import { describe, expect, it } from 'vitest';
import { ALIAS_MARK } from '../../src/lib/search/aliases.ts';
import { isIndexable, urlOfFile, withSearchAliases } from '../../src/lib/search/index-page.ts';

const page = (main: string, mainAttrs = ' data-pagefind-body=""') =>
  `<html lang="vi"><head><title>Đak Đoa</title></head><body><main${mainAttrs}>${main}</main></body></html>`;

describe('isIndexable', () => {
  it('indexes a page whose main is marked as the search body', () => {
    expect(isIndexable(page('<h1>Hát Xoan</h1>'))).toBe(true);
  });
  it('skips listings (no search body) and fallbacks (the Vietnamese text under another locale)', () => {
    expect(isIndexable(page('<h1>Plans</h1>', ''))).toBe(false);
    expect(isIndexable(page('<p class="portal-notice" data-notice="fallback">…</p><h1>Đak Đoa</h1>'))).toBe(false);
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
