/**
 * `npm run check -- --lang en` says what the untrusted-content rules found in English too: one
 * hostile case per module that judges content (body markup and links, file and folder names, SVG,
 * encoding, file signatures, links on disk, plan loops), run in this process as the command runs
 * it, with the English catalogue. The Vietnamese wording of the same cases is held by
 * tests/build/hostile-content-is-refused.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import { HOSTILE_CASES } from '../helpers/hostile/index.ts';
import { contentWith } from '../helpers/hostile/content-dir.ts';
import { formatCheck, runContentCheck } from '../../src/node/run-check.ts';
import { messagesFor } from '../../src/lib/content-check/messages/index.ts';

process.env.BUILD_DATE = '2024-06-01';

/** Letters only Vietnamese writes (ASCII and the quoted file names of these cases have none). */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

const CASES: Array<[module: string, name: string, english: RegExp]> = [
  ['body-safety (event handler)', 'an event handler in MDX', /onClick=.*<b>/],
  ['safe-url', 'a "javascript:" autolink <javascript:…>', /"javascript:"/],
  ['classify (file name)', 'an entry named with uppercase letters', /"Thong-Cao-Moi\.md"/],
  ['names (extension)', 'an HTML file in files/ (served from the portal origin)', /"\.html"/],
  ['classify (locale folder)', 'a locale folder that is not a language code', /"vi\.\.en"/],
  ['svg', 'an SVG drawing with <script>', /<script>/],
  ['utf8', 'a press release saved as Windows-1258', /UTF-8/],
  ['file-signature', 'a .png that is really a PDF', /\.png.*PDF/],
  ['file-signature (unknown)', 'a .jpg that is really a script', /\.jpg/],
  [
    'file-problems (symlink)',
    'a symlink in files/ to a system file of the build machine',
    /is a symbolic link, not a real file/,
  ],
  ['plan-loops', 'three plans in a loop', /ke-hoach-c → ke-hoach-2024 → ke-hoach-b → ke-hoach-c/],
  // More of body-safety's and the SVG rules' words.
  ['body-safety (tag)', '<script> in MDX', /the HTML tag <script> is not allowed/],
  [
    'body-safety (import)',
    'an MDX import of a module',
    /import\/export statement .*<Gallery \/>, <Figure n="…" \/> or <Aside>…<\/Aside>/,
  ],
  ['body-safety (comment)', 'an HTML comment that hides a script from a reading of the text', /HTML comment/],
  ['body-safety (component)', 'a component the page does not provide', /the component <\w+> is not allowed/],
  ['body-safety (spread)', 'a spread attribute on <Figure>', /the attribute \{.*\} in <Figure>/],
  ['safe-url (image)', 'a "data:" image', /^image "data:/],
  [
    'svg (css)',
    'an SVG drawing with an external reference in a style url()',
    /url\(.*\) points outside the file — an SVG may only hold a drawing/,
  ],
  ['classify (stray file)', 'a README.md in a collection folder (Astro would publish it unchecked)', /README\.md/],
  ['classify (.yml)', 'a unit saved as .yml (checked but never built)', /rename it to "so-ke-hoach\.yaml"/],
];

describe.each(CASES)('%s, in English', (_module, name, english) => {
  it('is refused with a message that has no Vietnamese in it', () => {
    const c = HOSTILE_CASES.find((x) => x.name === name);
    if (!c || !('refused' in c.outcome)) throw new Error(`no refused hostile case named ${name}`);
    const file = `content/${c.outcome.refused.file}`;
    const dir = contentWith(c.files, c.remove);
    try {
      const result = runContentCheck(undefined, messagesFor('en'), dir);
      const messages = result.errors.filter((e) => e.file === file).map((e) => e.message);
      expect(messages, formatCheck(result, messagesFor('en'))).not.toHaveLength(0);
      expect(
        messages.some((m) => english.test(m)),
        messages.join('\n'),
      ).toBe(true);
      for (const message of messages) expect(message).not.toMatch(VIETNAMESE);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});
