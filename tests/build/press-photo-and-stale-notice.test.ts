/**
 * Built pages of the sample province with a press release that carries a photo (alt text and
 * caption per language, from each language's own file) and a translation whose Vietnamese source
 * changed after it was stamped: built once, read as a reader's browser receives them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { concepts } from '../../src/schemas/registry.ts';
import { fingerprintOf } from '../../src/editor/translation-status.ts';
import { parseEntry } from '../../src/lib/content-check/parse-entry.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const repo = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'press-photo-'));
const content = join(work, 'content');
const out = join(work, 'dist');

// The photo as Sveltia CMS writes it: its public folder always starts with "/".
const PRESS_VI = `---
title: Đoàn đại biểu tỉnh thăm cửa khẩu
summary: Đoàn đại biểu tỉnh làm việc tại cửa khẩu quốc tế.
kind: release
date: 2024-03-05
spokesperson: nguoi-phat-ngon
cover:
  src: /images/doan-dai-bieu.jpg
  alt: Đoàn đại biểu đứng trước nhà cửa khẩu mái đỏ.
  caption: Đoàn đại biểu tại cửa khẩu quốc tế.
  credit: "Ảnh: Sở Mẫu"
  licence: CC BY 4.0
sample: true
---
Nội dung thông cáo.
`;
const pressEn = (stamp: string) => `---
title: Provincial delegation visits the border gate
summary: The provincial delegation works at the international border gate.
cover:
  alt: The delegation stands in front of the red-roofed border-gate building.
  caption: The delegation at the international border gate.
translation:
  status: reviewed
  source: ${stamp}
---
The release.
`;
/** A stamp no source has: the about page's Vietnamese text "changed" after its translation. */
const OLD_STAMP = '000000000000';

function write(path: string, text: string) {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
}

function page(path: string): Element {
  return parse(readFileSync(join(out, path), 'utf8')) as unknown as Element;
}
function all(node: Node, test: (e: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node && test(node)) found.push(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) all(child, test, found);
  if ('content' in node && node.content) all(node.content, test, found);
  return found;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const text = (n: Node): string =>
  'value' in n && n.nodeName === '#text' ? n.value : 'childNodes' in n ? n.childNodes.map(text).join('') : '';
const byClass = (root: Node, cls: string) => all(root, (e) => (attr(e, 'class') ?? '').split(/\s+/).includes(cls));

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '../fixtures/content'), content, { recursive: true });
  write('fixture/press/vi/thong-cao.md', PRESS_VI);
  mkdirSync(join(content, 'fixture/images'), { recursive: true });
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 180, g: 60, b: 40 } } })
    .jpeg()
    .toFile(join(content, 'fixture/images/doan-dai-bieu.jpg'));
  const source = parseEntry('thong-cao.md', PRESS_VI);
  if ('error' in source) throw new Error(source.error);
  write('fixture/press/en/thong-cao.md', pressEn(fingerprintOf(concepts.press, source)));
  write(
    'fixture/pages/en/about.md',
    `---\ntitle: About our foreign information work\nsummary: A sample about page used for tests.\ntranslation: { status: reviewed, source: "${OLD_STAMP}" }\n---\nFunctions and duties.\n`,
  );
  const r = spawnSync(process.execPath, [join(repo, 'scripts', 'build.ts'), '--province', 'fixture', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      PORTAL_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      BUILD_DATE: '2024-06-01',
    },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a press release with a photo', () => {
  it.each([
    ['vi', 'Đoàn đại biểu đứng trước nhà cửa khẩu mái đỏ.', 'Đoàn đại biểu tại cửa khẩu quốc tế.'],
    [
      'en',
      'The delegation stands in front of the red-roofed border-gate building.',
      'The delegation at the international border gate.',
    ],
  ])('shows it on its %s page, described and captioned in that language, in responsive sizes', (lang, alt, caption) => {
    const doc = page(`${lang}/press/thong-cao/index.html`);
    const [figure] = all(doc, (e) => e.tagName === 'figure');
    expect(figure).toBeDefined();
    const [img] = all(figure!, (e) => e.tagName === 'img');
    expect(attr(img!, 'alt')).toBe(alt);
    expect(Number(attr(img!, 'width'))).toBeGreaterThan(0);
    const sources = all(figure!, (e) => e.tagName === 'source');
    expect(sources.map((s) => attr(s, 'type'))).toContain('image/webp');
    expect(attr(sources[0]!, 'srcset')!.split(',').length).toBeGreaterThan(1);
    const [figcaption] = all(figure!, (e) => e.tagName === 'figcaption');
    expect(text(figcaption!)).toContain(caption);
  });

  it.each([
    ['vi', 'Đoàn đại biểu đứng trước nhà cửa khẩu mái đỏ.'],
    ['en', 'The delegation stands in front of the red-roofed border-gate building.'],
  ])('shows it beside its headline in the %s press list', (lang, alt) => {
    const [item] = all(page(`${lang}/press/index.html`), (e) => attr(e, 'data-press') === 'thong-cao');
    const [photo] = byClass(item!, 'portal-press-list__photo');
    expect(all(photo!, (e) => e.tagName === 'img').map((i) => attr(i, 'alt'))).toEqual([alt]);
  });
});

describe('a translation whose Vietnamese source changed since', () => {
  it('says so on its page and links to the Vietnamese original', () => {
    const [notice] = all(page('en/about/index.html'), (e) => attr(e, 'data-notice') === 'stale');
    expect(notice).toBeDefined();
    expect(text(notice!)).toContain('made from an earlier version of the Vietnamese text');
    const [link] = all(notice!, (e) => e.tagName === 'a');
    expect(attr(link!, 'href')).toBe('/vi/about/');
    expect(attr(link!, 'hreflang')).toBe('vi');
  });

  it("is not said of a translation that follows today's source, nor of the Vietnamese page", () => {
    expect(all(page('en/press/thong-cao/index.html'), (e) => attr(e, 'data-notice') === 'stale')).toEqual([]);
    expect(all(page('vi/about/index.html'), (e) => attr(e, 'data-notice') === 'stale')).toEqual([]);
  });
});
