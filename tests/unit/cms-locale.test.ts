/**
 * The CMS's Vietnamese interface as the portal serves it (admin/locales/vi.json): the package's
 * own file with the strings it lacks filled in, so the token sign-in dialog and a clashing save
 * speak Vietnamese, not English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CMS_VI_ADDITIONS, servedCmsLocale, type CmsLocaleStrings } from '../../src/editor/cms-locale.ts';

const sveltia = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
const shipped = (locale: string): CmsLocaleStrings =>
  JSON.parse(readFileSync(join(sveltia, 'locales', `${locale}.json`), 'utf8')) as CmsLocaleStrings;

/** Every string of a locale file by its dotted key. */
const strings = (file: CmsLocaleStrings, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(file).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : [...strings(value, `${prefix}${key}.`)],
    ),
  );

const english = strings(shipped('en-US'));
const packageVietnamese = strings(shipped('vi'));
const served = strings(servedCmsLocale('vi', shipped('vi')));
const placeholders = (text: string) => [...text.matchAll(/\{\$\w+\}/g)].map((m) => m[0]).sort();

describe('the CMS interface in Vietnamese, as served', () => {
  it("says the token dialog's note on pull requests in Vietnamese", () => {
    const note = served.get('sign_in_using_access_token_workflow_note');
    expect(note).toMatch(/pull request/);
    expect(note).not.toBe(english.get('sign_in_using_access_token_workflow_note'));
    // The rest of the dialog is the package's own Vietnamese.
    expect(served.get('sign_in_using_access_token_description')).toBe(
      packageVietnamese.get('sign_in_using_access_token_description'),
    );
  });

  it('fills in only strings the package lacks, each a real English key with the same placeholders', () => {
    for (const [key, text] of strings(CMS_VI_ADDITIONS)) {
      expect(english.has(key), `${key} is not a key of en-US.json`).toBe(true);
      // When Sveltia translates one itself, its own wins and this addition can go.
      expect(
        packageVietnamese.has(key),
        `${key} is now in the package's vi.json: remove it from CMS_VI_ADDITIONS`,
      ).toBe(false);
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
      expect(served.get(key)).toBe(text);
    }
  });

  it('keeps every string the package has, and serves other languages as shipped', () => {
    for (const [key, text] of packageVietnamese) expect(served.get(key), key).toBe(text);
    expect(servedCmsLocale('en-US', shipped('en-US'))).toEqual(shipped('en-US'));
  });
});
