/**
 * A content pull request fails only for content mistakes (issue 15, point 9): a browser or
 * built-site test that names live content (a province id or name, an entry's slug, a person)
 * asserts a fact an editor may rightly change. Journeys of code run against the fixture province
 * (tests/fixtures/content/fixture, served by fixtureUrl); the live provinces are left to gates
 * that any correct content passes. Each exception is listed here with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveNamesIn, liveOnlyNames } from '../helpers/live-content-names.ts';

const repo = join(import.meta.dirname, '../..');
const names = liveOnlyNames(join(repo, 'content'), join(repo, 'tests/fixtures/content'));

/** Gates: checks any correct content passes, so a content mistake may rightly fail them on the live sites. */
const GATES: Record<string, string> = {
  'tests/e2e/every-page-passes-axe-in-every-language.test.ts':
    'no accessibility violation on any page of any province, in every language',
  'tests/e2e/a-host-that-ignores-headers-still-blocks-injected-script.test.ts':
    'a home page served without headers still blocks injected script; every province has a home page',
  'tests/e2e/a-reader-s-browser-only-talks-to-the-portal.test.ts':
    'no request to another origin and no CSP violation on any province; the search words only need to be typed',
  'tests/e2e/a-journalist-subscribes-to-the-press-feed.test.ts':
    'every feed is valid RSS with absolute links to pages that exist, newest first',
  'tests/built/determinism.test.ts': 'two builds of the same content are byte for byte the same',
  'tests/built/replaced-units.test.ts':
    'fact check (issue 19): the real departments the 1 March 2025 reform merged say so on their pages, in every locale',
};

/**
 * Journeys still on live content, to move to the fixture one at a time. Empty since the last moved
 * (December 2026); it only shrinks: a file that no longer names live content must leave it, and no
 * new file may join it.
 */
const NOT_YET_MOVED: Record<string, string> = {};

/**
 * Code tests (tests/unit, tests/commands, tests/build) that read the live content/ folder. Gates
 * check what any correct content passes; the rest test code on live facts and are to move to copies of tests/fixtures/content.
 */
const UNIT_GATES: Record<string, string> = {
  'tests/unit/cms-config-of-live-provinces.test.ts':
    "each province's generated CMS config is valid for Sveltia CMS and signs in where its province.yaml says",
  'tests/unit/content-files-safety.test.ts':
    'every committed image and file is what its extension says, every SVG is safe',
  'tests/unit/pull-request-workflow.test.ts':
    'the CI listing and CODEOWNERS cover every province folder, whichever there are',
  'tests/unit/anniversaries-seeds.test.ts':
    'fact check (issue 19): the anniversary data holds every anniversary the signed seed plans list, with the same count',
  'tests/unit/anniversaries-guidance.test.ts':
    'fact check (issue 19): the anniversaries the yearly official guidance lists for 2022-2026 (the rows we could source) are in the data, with the same count',
  'tests/unit/legal-basis-seeds.test.ts':
    'fact check (issue 19): every legal basis the signed seed plans and the content plans cite is in the national set',
  'tests/unit/unit-replacement.test.ts':
    'fact check (issue 19): the units the 2025 reforms merged or dissolved carry their last day and successors',
  'tests/unit/vietnamese-names-in-english.test.ts':
    'style check (issue 18): the English titles of the anniversaries keep the diacritics of Vietnamese names',
};
const UNIT_NOT_YET_MOVED: Record<string, string> = {};

/** Ways a test reads the live content/ folder: a path into it, or the default content root. */
const READS_LIVE = [
  /['"`](?:\.\.\/)+content['"`/]/u,
  /\b(?:repo|root|repoRoot)\b\s*,\s*['"`]content['"`]/u,
  /resolve\(\s*['"`]content['"`]/u,
  /\blistProvinceIds\(\s*\)/u,
  /\bloadProvince\([^,()]*\)/u,
  /\bcontentRoot\b(?!\s*:)/u,
];
/** Code tests: unit tests, and the tests that run commands or build sites in their own folders. */
const unitFiles = ['tests/unit', 'tests/commands', 'tests/build'].flatMap((dir) =>
  readdirSync(join(repo, dir))
    .filter((f) => f.endsWith('.test.ts') && f !== 'journeys-name-no-live-content.test.ts')
    .map((f) => `${dir}/${f}`),
);
const readsLive = (file: string) => READS_LIVE.some((pattern) => pattern.test(readFileSync(join(repo, file), 'utf8')));

const testFiles = ['tests/e2e', 'tests/built'].flatMap((dir) =>
  readdirSync(join(repo, dir))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`),
);
const named = (file: string) => liveNamesIn(readFileSync(join(repo, file), 'utf8'), names);

describe('browser and built-site tests name no live content unless they are gates', () => {
  it('finds the names to look for: the live provinces, their entries and people, minus what the fixture shares', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'gia-lai',
        'phu-tho',
        'Gia Lai',
        'tran-minh-khoa',
        '2024-ubnd-tinh-gia-lai-ke-hoach-ttdn',
      ]),
    );
    expect(names).not.toContain('so-ngoai-vu'); // a slug the fixture has too
  });

  it('recognises a journey that names live content, and one that names only the fixture', () => {
    expect(
      liveNamesIn("await page.goto(siteUrl('gia-lai', '/vi/plans/2024-ubnd-tinh-gia-lai-ke-hoach-ttdn/'));", names),
    ).toEqual(['2024-ubnd-tinh-gia-lai-ke-hoach-ttdn', 'gia-lai']);
    expect(liveNamesIn("await page.goto(fixtureUrl('/vi/units/so-ngoai-vu/')); // Tỉnh Mẫu", names)).toEqual([]);
  });

  it.each(testFiles)('%s', (file) => {
    const found = named(file);
    if (file in GATES || file in NOT_YET_MOVED) return;
    expect(
      found,
      `${file} names live content (${found.join(', ')}): assert the fixture province's facts (fixtureUrl, tests/fixtures/content/fixture) instead, or, for a check any correct content passes, list it in GATES with the reason`,
    ).toEqual([]);
  });

  it('lists only files that exist, and a moved journey leaves the list of those not yet moved', () => {
    for (const file of [...Object.keys(GATES), ...Object.keys(NOT_YET_MOVED)]) expect(testFiles, file).toContain(file);
    const moved = Object.keys(NOT_YET_MOVED).filter((file) => named(file).length === 0);
    expect(moved, 'these name no live content any more: remove them from NOT_YET_MOVED').toEqual([]);
  });
});

describe('unit tests read the live content only as gates, or as listed debts', () => {
  it('recognises a read of the live content folder, and not one of a fixture copy', () => {
    const reads = (source: string) => READS_LIVE.some((pattern) => pattern.test(source));
    expect(reads("cpSync(join(repo, 'content', 'gia-lai'), dir, { recursive: true });")).toBe(true);
    expect(reads("readYaml(new URL('../../content/gia-lai/province.yaml', import.meta.url).pathname)")).toBe(true);
    expect(reads("cpSync(join(repo, 'tests/fixtures/content'), dir, { recursive: true });")).toBe(false);
    expect(reads("const context = { repoRoot: '/repo', contentRoot: '/repo/content' };")).toBe(false);
    expect(reads('const p = loadProvince(id);')).toBe(true);
    expect(reads("expect(() => loadProvince('fixture', root)).toThrow();")).toBe(false);
  });

  it.each(unitFiles)('%s', (file) => {
    if (!readsLive(file)) return;
    expect(
      { ...UNIT_GATES, ...UNIT_NOT_YET_MOVED },
      `${file} reads the live content/ folder: test the code on a copy of tests/fixtures/content, or, for a check any correct content passes, list it as a gate with the reason`,
    ).toHaveProperty([file]);
  });

  it('lists only unit tests that still read the live content', () => {
    expect(
      [...Object.keys(UNIT_GATES), ...Object.keys(UNIT_NOT_YET_MOVED)].filter(
        (file) => !unitFiles.includes(file) || !readsLive(file),
      ),
    ).toEqual([]);
  });
});
