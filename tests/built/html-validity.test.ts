/** Every built page of every province is valid HTML (html-validate, rules in .htmlvalidate.mjs). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { builtSite, siteIds } from './support/built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe.each(siteIds)('%s', (id) => {
  it('has only valid HTML pages', async () => {
    const site = builtSite(id);
    const failures: string[] = [];
    for (const page of site.pages) {
      // Validated as if at the repository root, so .htmlvalidate.mjs applies.
      const report = await validator.validateString(page.html, `${site.dir}/${page.file}`);
      if (!report.valid) failures.push(text(report.results));
    }
    expect(failures.join('\n'), `${failures.length} of ${site.pages.length} pages have errors`).toBe('');
  });
});
