/**
 * A reader types as people type (without diacritics, đ as d, document numbers as written, Khmer
 * without spaces) and finds the fixture province's sample pages among the first results.
 */
import { test, expect } from '@playwright/test';
import { searchAt, topThree } from './support/search.ts';
import { fixtureUrl } from './support/sites.ts';

const search = (page: Parameters<typeof searchAt>[0], lang: string, query: string) =>
  searchAt(page, fixtureUrl(), lang, query);

/** [locale, query, a page that must be among the first three results] */
const CASES: [string, string, string][] = [
  // Typed without diacritics: "Thác Mẫu".
  ['vi', 'thac mau', '/vi/places/thac-mau/'],
  // "đoàn" holds "đ": only the index-time folding finds it when typed with "d".
  ['vi', 'doan cong tac', '/vi/press/thong-cao-doan-cong-tac-mau/'],
  // Document numbers as written: one cited only in a plan's text, a plan's own number, a decree in English.
  ['vi', '157/KH-UBND', '/vi/plans/ke-hoach-2024/'],
  ['vi', '25/KH-SNV', '/vi/plans/ke-hoach-trien-khai-mau/'],
  ['en', '72/2015/NĐ-CP', '/en/legal/nghi-dinh-72-2015-nd-cp/'],
  // Khmer is written without spaces: "ព្រំដែន" (border) sits inside the sample gate's name, "តេស្ត" (test) inside a longer run.
  ['km', 'ព្រំដែន', '/km/places/cua-khau-mau/'],
  ['km', 'តេស្ត', '/km/places/cua-khau-mau/'],
];

for (const [lang, query, expected] of CASES) {
  test(`a reader typing "${query}" in ${lang} finds ${expected}`, async ({ page }) => {
    const results = await search(page, lang, query);
    expect(topThree(results)).toContain(expected);
  });
}

test('a reader typing "doan cong tac" sees "đoàn" marked in the excerpt, not a folded spelling', async ({ page }) => {
  const results = await search(page, 'vi', 'doan cong tac');
  const hit = results.find((r) => r.href.endsWith('/thong-cao-doan-cong-tac-mau/'))!;
  expect(hit.marks.join(' ').toLowerCase()).toContain('đoàn');
  expect(hit.excerpt).not.toMatch(/\bdoan cong tac\b/);
  expect(hit.excerpt).not.toContain('\uE000');
  expect(hit.title).not.toContain('\uE000');
});

test('a reader typing "doi ngoai" gets pages about "đối ngoại", the real words marked', async ({ page }) => {
  const results = await search(page, 'vi', 'doi ngoai');
  expect(results.length).toBeGreaterThanOrEqual(3);
  for (const r of results.slice(0, 3)) {
    const marked = r.marks.join(' ').toLowerCase();
    expect(marked, r.href).toContain('đối');
    expect(marked, r.href).toContain('ngoại');
  }
});

test('a reader searching in Khmer is not shown pages of another language repeated under /km/', async ({ page }) => {
  // The 2025 plan has no Khmer translation: its /km/ page shows the English text (the chain's next
  // language) as a fallback and stays out of the index, while the same query finds it in English.
  const query = 'Sample Province foreign information plan for 2025';
  const inEnglish = await search(page, 'en', query);
  expect(inEnglish.map((r) => r.href)).toContain('/en/plans/ke-hoach-2025/');
  const inKhmer = await search(page, 'km', query);
  expect(inKhmer.map((r) => r.href).filter((h) => h.startsWith('/km/plans/'))).toEqual([]);
});

test('a reader never gets listing pages among results, only the pieces themselves', async ({ page }) => {
  // Every listing page names the province ("tỉnh Mẫu") in the titles it lists.
  const listings = [
    '/vi/',
    ...['press', 'plans', 'places', 'invest', 'units', 'legal', 'calendar'].map((c) => `/vi/${c}/`),
  ];
  const results = await search(page, 'vi', 'tỉnh mẫu');
  expect(results.filter((r) => /^\/vi\/[a-z-]+\/[^/]+\/$/.test(r.href)).length).toBeGreaterThan(0);
  for (const r of results) expect(listings, r.href).not.toContain(r.href);
  for (const r of results) expect(r.href).not.toMatch(/\/(?:page\/\d+|\d{4})\/$/);
});

// Vietnamese words that differ only in their marks are different words: "cửa" (gate) is not "của" (of).
test('a reader typing "cửa khẩu" with its marks gets and sees those words, never "của"', async ({ page }) => {
  const results = await search(page, 'vi', 'cửa khẩu');
  expect(topThree(results)).toContain('/vi/places/cua-khau-mau/');
  for (const r of results) {
    expect(r.marks.length, r.href).toBeGreaterThan(0);
    for (const mark of r.marks)
      expect(['cửa', 'khẩu'], `${r.href}: ${mark}`).toContain(mark.toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ''));
  }
  // The 2025 plan says "của" and never "cửa": typed with marks, "cửa" does not find it.
  const gate = await search(page, 'vi', 'cửa');
  expect(gate.map((r) => r.href)).toContain('/vi/places/cua-khau-mau/');
  expect(gate.map((r) => r.href)).not.toContain('/vi/plans/ke-hoach-2025/');
});

test('a reader typing "cua khau" without marks still finds "cửa khẩu", the real words marked', async ({ page }) => {
  const results = await search(page, 'vi', 'cua khau');
  expect(topThree(results)).toContain('/vi/places/cua-khau-mau/');
  const hit = results.find((r) => r.href === '/vi/places/cua-khau-mau/')!;
  expect(hit.marks.map((m) => m.toLowerCase())).toContain('cửa');
});
